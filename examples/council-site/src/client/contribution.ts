// The contribution page (`/contribution?id=c_…`), linked from the list: the id goes to
// the detail widget. An external module, not an inline script (strict CSP).
const id = new URLSearchParams(window.location.search).get('id')?.trim();
if (id) document.querySelector('participe-contribution-detail')?.setAttribute('contribution', id);

export {};
