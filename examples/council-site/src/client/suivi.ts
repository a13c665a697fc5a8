// The follow-up page: the code a citizen followed a link with (`/suivi?code=K7P-4QX`)
// goes to the detail widget. Without one, the widget asks for it. An external module,
// not an inline script, so the page keeps `script-src 'self'`. Runs before the widgets
// are defined (it comes first on the page), so the widget starts with its code.
const code = new URLSearchParams(window.location.search).get('code')?.trim();
if (code) document.querySelector('participe-contribution-detail')?.setAttribute('code', code);

export {};
