// An anchor published on a list page before the list was grouped (`/en/timeline/#slug`) keeps
// working: when no element on the page has the fragment's id, the list's anchor map (named by
// the page, src/components/GroupList.astro) says which group page the entry lives on now. So
// it does when the element is only a link to an entry shown whole elsewhere (the entries list
// of a group page split into parts, src/components/GroupParts.astro, there for readers without script).
function resolveAnchor() {
  const map = document.querySelector<HTMLElement>('[data-anchor-map]')?.dataset.anchorMap;
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = document.getElementById(id);
  if (!map || !id || (target && !target.closest('[data-shown-elsewhere]'))) return;
  fetch(map)
    .then((response) => response.json())
    .then((groups: Record<string, string>) => {
      if (typeof groups[id] === 'string') location.replace(groups[id] + location.hash);
    })
    .catch(() => {});
}
resolveAnchor();
addEventListener('hashchange', resolveAnchor);
