// The language switch keeps the reader's query and anchor (`?q=…`, `#g1-2`): both languages
// share paths, query parameters and fragment ids. Without script it is a plain link.
const link = document.querySelector<HTMLAnchorElement>('a[data-keep-state]');
if (link) {
  const target = link.href;
  const keepState = () => (link.href = target.split(/[?#]/)[0] + location.search + location.hash);
  keepState();
  // The search page rewrites its query with history.replaceState, which fires no event.
  for (const event of ['hashchange', 'popstate']) addEventListener(event, keepState);
  for (const event of ['pointerdown', 'focus']) link.addEventListener(event, keepState);
}
