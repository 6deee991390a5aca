// charte serve: reloads the page when the site is rebuilt, swaps stylesheets when only CSS
// changed, and shows build errors over the page until they are fixed.
(() => {
  const script = document.currentScript;
  const events = new EventSource(script.dataset.events);
  // The overlay's styles are a file of their own: the pages allow no inline style.
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = new URL('live.css', script.src).href;
  styles.dataset.charte = 'live';
  document.head.append(styles);
  let overlay = null;
  const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
  const show = (text) => {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.id = 'charte-build-error';
    const title = document.createElement('p');
    title.textContent = 'Erreur de construction : la dernière version correcte reste affichée.';
    const body = document.createElement('pre');
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
    for (const link of document.querySelectorAll('link[rel="stylesheet"]:not([data-charte])')) {
      const url = new URL(link.href);
      url.searchParams.set('v', Date.now());
      link.href = url.toString();
    }
    hide();
  });
  events.addEventListener('build-error', (event) => show(event.data));
  events.addEventListener('build-ok', hide);
})();
