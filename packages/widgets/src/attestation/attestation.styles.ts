import { css } from 'lit';

export const attestationStyles = css`
  [part~='attended'] ul,
  [part~='issued'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='issued'] li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.25rem 0;
  }
  [part~='skills'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='print-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* The attestation as a sheet of paper on screen: what prints is what is seen. */
  [part~='attestation'] {
    display: grid;
    gap: 0.75rem;
    max-width: 42rem;
    padding: calc(var(--_participe-space) * 2);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: #ffffff;
    color: #1f2328;
  }
  [part~='attestation'] h3 {
    font-size: 1.5em;
    text-align: center;
  }
  [part~='attestation'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='signature'] {
    margin-top: 1.5rem;
    font-weight: 600;
  }

  /*
   * Printing (or "save as PDF"): only the attestation, black on white, no controls, no
   * frame. The host page prints its own content around the widget; a page that shows
   * the widget among other things can hide them with its own print stylesheet.
   */
  @media print {
    :host {
      color: #000000;
      background: #ffffff;
      font-size: 12pt;
    }
    [part~='heading'],
    [part~='status'],
    [part~='print-actions'],
    [part~='failure'],
    [part~='issued'],
    form,
    button {
      display: none !important;
    }
    [part~='attestation'] {
      max-width: none;
      padding: 0;
      border: 0;
      color: #000000;
      background: #ffffff;
    }
    [part~='attestation'] * {
      color: #000000 !important;
      background: transparent !important;
    }
    [part~='attestation'] li {
      break-inside: avoid;
    }
  }
`;
