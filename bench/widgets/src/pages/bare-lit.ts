// The floor: a hand-written LitElement with six labelled inputs and a submit button, no
// state machine, no translations, no back end. What any Lit form costs at least.
import { css, html, LitElement } from 'lit';

const FIELDS = [
  ['kind', 'Que voulez-vous faire ?', 'text'],
  ['title', 'En une phrase, de quoi s’agit-il ?', 'text'],
  ['body', 'Que proposez-vous ?', 'text'],
  ['territory', 'Où cela se passe-t-il ?', 'text'],
  ['pseudonym', 'Quel nom afficher ?', 'text'],
  ['email', 'Votre adresse e-mail (facultatif)', 'email'],
] as const;

class BenchBareForm extends LitElement {
  // A little layout, as any real form has; the Participe form carries its own styles too.
  static override styles = css`
    :host { display: block; max-width: 40rem; font: inherit; }
    label { display: block; margin-block: 1rem 0.25rem; font-weight: 600; }
    input { display: block; width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; }
    button { margin-top: 1.5rem; padding: 0.5rem 1rem; font: inherit; }
  `;

  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      ${FIELDS.map(
        ([name, label, type]) =>
          html`<label for=${name}>${label}</label><input id=${name} name=${name} type=${type} />`,
      )}
      <button type="submit">Envoyer</button>
    </form>`;
  }
}

customElements.define('bench-bare-form', BenchBareForm);
document.body.append(document.createElement('bench-bare-form'));
