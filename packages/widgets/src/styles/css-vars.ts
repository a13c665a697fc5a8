// Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), which a
// strict Content-Security-Policy allows. Lit's `styleMap` writes a `style="…"` attribute on
// the first render, which `style-src 'self'` refuses (a `style-src-attr` violation).
import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

class CssVarsDirective extends Directive {
  #set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVars() goes on an element, as an element binding.');
  }

  render(_vars: Readonly<Record<`--${string}`, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<`--${string}`, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#set) if (!(name in vars)) style.removeProperty(name);
    this.#set = new Set(Object.keys(vars));
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    return nothing;
  }
}

/** `<div ${cssVars({ '--_share': '42%' })}>`: custom properties without an inline style attribute. */
export const cssVars = directive(CssVarsDirective);
