/**
 * Landmarks (RGAA 12.6): content outside every landmark is missed by people who move from
 * one landmark to the next. A widget placed inside the host page's `<main>` (or any other
 * landmark) adds none of its own; placed outside, it becomes a named region itself.
 */

const ROLES = new Set(['main', 'navigation', 'complementary', 'region', 'banner', 'contentinfo', 'search', 'form']);
const ALWAYS = new Set(['main', 'nav', 'aside', 'search']);
/** Elements that scope `<header>` and `<footer>`: inside one, those are no longer landmarks. */
const SCOPES = 'article, aside, main, nav, section';

const named = (el: Element) =>
  el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.hasAttribute('title');

function isLandmark(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role) return ROLES.has(role) && (role !== 'region' || named(el));
  const tag = el.localName;
  if (ALWAYS.has(tag)) return true;
  if (tag === 'section' || tag === 'form') return named(el);
  if (tag === 'header' || tag === 'footer') return el.parentElement?.closest(SCOPES) == null;
  return false;
}

/** The element's parent, across slots and shadow roots. */
const parentOf = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** Whether `el` sits inside a landmark of the page around it (shadow roots crossed). */
export function inHostLandmark(el: Element): boolean {
  for (let node = parentOf(el); node; node = parentOf(node)) if (isLandmark(node)) return true;
  return false;
}
