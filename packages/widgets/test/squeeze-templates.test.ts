// `dist/browser/` squeezes Lit's template literals: the markup and styles must mean the same
// after, and nothing else in a module may change.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript sources holding template literals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squeezeTemplates } from '../build/browser.js';

describe('squeezeTemplates', () => {
  it('turns the indentation of markup into one space, and keeps interpolations byte for byte', () => {
    const source = [
      'const v = html`<div class="field">',
      '    <label for=${id}',
      '      >${label}</label',
      '    >',
      '    ${ok ? html`<p>  two  spaces  </p>` : nothing}',
      '  </div>`;',
    ].join('\n');
    expect(squeezeTemplates(source)).toBe(
      'const v = html`<div class="field"> <label for=${id} >${label}</label >' +
        ' ${ok ? html`<p>  two  spaces  </p>` : nothing} </div>`;',
    );
  });

  it('drops comments and spaces around braces, semicolons and commas in styles, not elsewhere', () => {
    const source = [
      'const s = css`',
      '  /* FALC: more air */',
      '  :host([variant="falc"]) .a > .b,',
      '  h2 {',
      '    gap: calc(var(--x) * 1.25);',
      '    font-family: ui-monospace, monospace;',
      '  }',
      '`;',
    ].join('\n');
    expect(squeezeTemplates(source)).toBe(
      'const s = css` :host([variant="falc"]) .a > .b,h2{gap: calc(var(--x) * 1.25);font-family: ui-monospace,monospace;}`;',
    );
  });

  it('leaves other templates, strings and code alone', () => {
    const source = [
      'const a = `line one',
      '    line two`;',
      "const b = 'html`  x  `';",
      'const c = other`',
      '   kept   `;',
      '// html`',
      '//    a comment`',
    ].join('\n');
    expect(squeezeTemplates(source)).toBe(source);
  });

  it('never changes a text outside html`` and css``, and squeezing twice changes nothing more', () => {
    const text = fc.stringMatching(/^[a-z <>="{};,\n\t]*$/);
    fc.assert(
      fc.property(text, text, (outside, inside) => {
        const escaped = inside.replaceAll('`', '').replaceAll('$', '').replaceAll('\\', '');
        const plain = `const x = ${JSON.stringify(outside)};\n`;
        const source = `${plain}const y = html\`${escaped}\`;\nconst z = css\`${escaped}\`;\n`;
        const once = squeezeTemplates(source);
        expect(once.startsWith(plain)).toBe(true);
        expect(squeezeTemplates(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
