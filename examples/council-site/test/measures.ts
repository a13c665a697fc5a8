// Measures taken inside a demo page, through open shadow roots, for the checks axe does not
// make: headings in reading order, text clipped or overlapping under WCAG 1.4.12's text
// spacing, and the contrast of components' boundaries. All of it runs in the page: the
// helpers are installed once (`window.__measures`) by evaluating `install` as a string,
// which the page's CSP does not govern (it goes through the DevTools protocol).
import type { Page } from 'playwright';

export interface Heading {
  level: number;
  text: string;
}

export interface Contrast {
  /** field, button, choice, bar or wheel. */
  kind: string;
  /** Which one, to find it: tag, part or name, and its text. */
  what: string;
  ratio: number;
}

interface Measures {
  headings(): Heading[];
  openFolds(): void;
  spaceText(): void;
  problems(): string[];
  components(): Contrast[];
  focusRing(): Omit<Contrast, 'kind'> | null;
}

/** The in-page code. Plain functions only: it is turned into a string and evaluated. */
function install() {
  /** Every element in the order it is read: shadow roots instead of light children, slots by what they show. */
  const composed = (root: Node, out: Element[] = []): Element[] => {
    const children: Node[] =
      root instanceof HTMLSlotElement
        ? root.assignedNodes({ flatten: true })
        : root instanceof Element && root.shadowRoot
          ? [...root.shadowRoot.childNodes]
          : [...root.childNodes];
    for (const child of children) {
      if (child instanceof Element) out.push(child);
      composed(child, out);
    }
    return out;
  };
  const parentOf = (el: Element): Element | null =>
    el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const shown = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  /** Hidden for sight but read by a screen reader (the usual 1 px clipped box): not "clipped text". */
  const visuallyHidden = (el: Element) => {
    for (let e: Element | null = el; e; e = parentOf(e)) {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
      // A box of `display: contents` (a widget's host, often) has no size of its own.
      if (style.display !== 'contents' && style.overflow !== 'visible' && (r.width <= 1 || r.height <= 1)) return true;
    }
    return false;
  };
  const describe = (el: Element) => {
    const part = el.getAttribute('part');
    const id = el.id ? `#${el.id}` : '';
    const name = el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    // Named with the widget it is in, to know where to look.
    const host = (el.getRootNode() as ShadowRoot).host;
    const within = host ? `${host.localName} › ` : '';
    return `${within}${el.tagName.toLowerCase()}${id}${name}${part ? `[part=${part}]` : ''}${text ? ` « ${text} »` : ''}`;
  };

  // Colours, whatever their syntax (rgb, color-mix, oklch…), read back through a canvas pixel.
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const rgba = (color: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] =>
    [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])) as [number, number, number];
  /** The colour behind an element: the backgrounds of its ancestors, composed from the page up. */
  const behind = (el: Element | null): [number, number, number] => {
    const layers: Array<[number, number, number, number]> = [];
    for (let e = el; e; e = parentOf(e)) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reduceRight<[number, number, number]>((under, top) => over(top, under), [255, 255, 255]);
  };
  const luminance = ([r, g, b]: [number, number, number]) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a: [number, number, number], b: [number, number, number]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  /** A box's boundary against what surrounds it: its border if it has one, else its fill. */
  const boundary = (el: Element): number | null => {
    const style = getComputedStyle(el);
    const outside = behind(parentOf(el));
    const fill = over(rgba(style.backgroundColor), outside);
    const width = Number.parseFloat(style.borderBottomWidth);
    const border = rgba(style.borderBottomColor);
    const measures: number[] = [ratio(fill, outside)];
    if (width > 0 && style.borderBottomStyle !== 'none' && border[3] > 0)
      measures.push(ratio(over(border, outside), outside));
    const best = Math.max(...measures);
    // No border and no fill of its own: a button written as a link, known by its text (axe checks that).
    return best < 1.05 ? null : best;
  };

  const TEXT_FIELDS = new Set(['text', 'email', 'tel', 'search', 'number', 'password', 'url', 'date', 'time']);

  return {
    headings() {
      return composed(document.body)
        .filter((el) => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading')
        .filter(shown)
        .map((el) => ({
          level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)),
          text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
        }));
    },
    openFolds() {
      for (const d of composed(document.body)) if (d instanceof HTMLDetailsElement) d.open = true;
    },
    spaceText() {
      const css = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;
      const roots: Array<Document | ShadowRoot> = [
        document,
        ...composed(document.body).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : [])),
      ];
      for (const root of roots) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    },
    problems() {
      const all = composed(document.body).filter((el) => shown(el) && !visuallyHidden(el));
      const found: string[] = [];
      // Clipped: a box that hides its overflow and has more content than room.
      for (const el of all) {
        const style = getComputedStyle(el);
        const hides = (o: string) => o === 'hidden' || o === 'clip';
        const wide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const tall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        if ((wide || tall) && (el.textContent ?? '').trim()) found.push(`clipped: ${describe(el)}`);
        if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
          found.push(`cut: ${describe(el)}`);
      }
      if (document.documentElement.scrollWidth > window.innerWidth + 1) {
        // Named by the innermost boxes that pass the window's right edge, outside any scroll region.
        const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
        const inScroll = (e: Element) => {
          for (let p = parentOf(e); p; p = parentOf(p)) if (scrolls(p)) return true;
          return false;
        };
        // A box positioned out of its scroll region (absolute, its containing block outside) counts too.
        const escapes = (e: Element) => ['absolute', 'fixed'].includes(getComputedStyle(e).position);
        const wide = composed(document.body).filter(
          (e) => shown(e) && e.getBoundingClientRect().right > window.innerWidth + 1 && (!inScroll(e) || escapes(e)),
        );
        const innermost = wide.filter((e) => !wide.some((o) => o !== e && parentOf(o) === e));
        found.push(`the page scrolls sideways: ${innermost.slice(0, 3).map(describe).join(', ')}`);
      }
      // Overlapping: the boxes of two different pieces of text (line by line) cover each other.
      const boxes: Array<{ rect: DOMRect; el: Element }> = [];
      for (const el of all) {
        if (el instanceof SVGElement && !(el instanceof SVGTextElement)) continue;
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push({ rect, el });
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.el === b.el) continue;
          const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          if (w > 2 && h > 2) found.push(`overlap: ${describe(a.el)} and ${describe(b.el)}`);
        }
      }
      return [...new Set(found)];
    },
    components() {
      const found: Array<{ kind: string; what: string; ratio: number }> = [];
      for (const el of composed(document.body)) {
        if (!shown(el) || visuallyHidden(el)) continue;
        const tag = el.tagName.toLowerCase();
        const type = (el as HTMLInputElement).type;
        let kind = '';
        let value: number | null = null;
        if (tag === 'textarea' || tag === 'select' || (tag === 'input' && TEXT_FIELDS.has(type))) {
          kind = 'field';
          value = boundary(el);
          // A field must show where it is: no boundary at all is a failure, not a text button.
          value ??= 1;
        } else if (tag === 'input' && (type === 'radio' || type === 'checkbox')) {
          kind = 'choice';
          const style = getComputedStyle(el);
          // Chromium draws a native box with a #767676 edge; a restyled one (appearance: none) shows its border.
          value =
            style.appearance === 'none'
              ? boundary(el)
              : ratio(over(rgba('#767676'), behind(parentOf(el))), behind(parentOf(el)));
        } else if (tag === 'button' || tag === 'summary') {
          kind = 'button';
          // A summary's edge is its details' border (the fold around it).
          value = boundary(tag === 'summary' ? parentOf(el)! : el);
        } else if (el instanceof SVGElement && /\bbar-(total|inner)\b/.test(el.getAttribute('part') ?? '')) {
          kind = 'bar';
          const style = getComputedStyle(el);
          const color = rgba(style.fill);
          color[3] *= Number.parseFloat(style.fillOpacity);
          const outside = behind(el.closest('svg') ? parentOf(el.closest('svg')!) : null);
          const stroke =
            style.stroke === 'none' || Number.parseFloat(style.strokeWidth) === 0
              ? 1
              : ratio(over(rgba(style.stroke), outside), outside);
          value = Math.max(ratio(over(color, outside), outside), stroke);
        } else if (
          el instanceof SVGGeometryElement &&
          (el.getRootNode() as ShadowRoot).host?.localName === 'participe-cycle'
        ) {
          kind = 'wheel';
        }
        if (kind === 'wheel') {
          // A sector is told from the page and from its neighbours by its outline or its fill.
          const style = getComputedStyle(el);
          const outside = behind(parentOf(el.closest('svg')!));
          const fill = style.fill === 'none' ? null : over(rgba(style.fill), outside);
          const stroke =
            style.stroke === 'none' || Number.parseFloat(style.strokeWidth) === 0
              ? null
              : over(rgba(style.stroke), outside);
          value = Math.max(fill ? ratio(fill, outside) : 1, stroke ? ratio(stroke, fill ?? outside) : 1);
        }
        if (kind && value !== null) found.push({ kind, what: describe(el), ratio: value });
      }
      return found;
    },
    focusRing() {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outside = behind(parentOf(el));
      const width = Number.parseFloat(style.outlineWidth);
      if (el instanceof SVGElement && (style.outlineStyle === 'none' || width === 0)) {
        // An SVG control (a wheel sector) shows focus by the stroke of the shape inside it.
        const shape = [...el.querySelectorAll('path, circle, rect')].find((s) => getComputedStyle(s).stroke !== 'none');
        const ring = shape && getComputedStyle(shape);
        if (ring && Number.parseFloat(ring.strokeWidth) > 0) {
          return { what: describe(el), ratio: ratio(over(rgba(ring.stroke), outside), outside) };
        }
      }
      if (style.outlineStyle !== 'none' && width > 0) {
        return { what: describe(el), ratio: ratio(over(rgba(style.outlineColor), outside), outside) };
      }
      // No outline: a ring drawn with a box-shadow, or nothing (which fails).
      const shadow = style.boxShadow.match(/rgba?\([^)]*\)|#[0-9a-f]+/i);
      return { what: describe(el), ratio: shadow ? ratio(over(rgba(shadow[0]), outside), outside) : 1 };
    },
  };
}

/** The in-page helpers, installed on first use. */
async function measures<T>(page: Page, run: (m: Measures) => T): Promise<T> {
  await page.evaluate(`window.__measures ??= (${install.toString()})()`);
  return page.evaluate(`(${run.toString()})(window.__measures)`) as Promise<T>;
}

/** The headings a screen reader lists, in reading order, shadow roots included; hidden ones left out. */
export const headings = (page: Page) => measures(page, (m) => m.headings());

/** Opens every `<details>` (the participation pages' folded sections, the widgets' own). */
export const openFolds = (page: Page) => measures(page, (m) => m.openFolds());

/**
 * Applies WCAG 1.4.12's spacing (line height 1.5, paragraphs 2 em, letters 0.12 em, words
 * 0.16 em) in the page and every shadow root, then lists text clipped, cut or overlapping.
 */
export async function clippedOrOverlapping(page: Page): Promise<string[]> {
  await measures(page, (m) => m.spaceText());
  // Two frames: the widgets lay out again with the new spacing.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return measures(page, (m) => m.problems());
}

/** Each field, choice box, button, chart bar and wheel sector with its contrast against what surrounds it. */
export const componentContrasts = (page: Page) => measures(page, (m) => m.components());

/** The focused element's ring against the colour behind it, or null when nothing has focus. */
export const focusRingContrast = (page: Page) => measures(page, (m) => m.focusRing());
