// charte serve: reloads the page when the site is rebuilt, swaps stylesheets when only CSS
// changed, and shows build errors over the page until they are fixed.
(() => {
  const script = document.currentScript;
  const events = new EventSource(script.dataset.events);
  let overlay = null;
  const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
  const show = (text) => {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.id = 'charte-build-error';
    overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#fff;color:#1b1b1b;border-top:4px solid #a00000;padding:1rem;font:14px/1.4 monospace;';
    const title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5rem;font-weight:bold;color:#a00000';
    title.textContent = 'Erreur de construction : la dernière version correcte reste affichée.';
    const body = document.createElement('pre');
    body.style.cssText = 'margin:0;white-space:pre-wrap';
    body.textContent = text;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Masquer';
    close.addEventListener('click', hide);
    overlay.append(title, body, close);
    document.body.append(overlay);
  };
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('css', () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set('v', Date.now());
      link.href = url.toString();
    }
    hide();
  });
  events.addEventListener('build-error', (event) => show(event.data));
  events.addEventListener('build-ok', hide);
})();
