// Printed pages show the page's citation panel open (browsers without ::details-content too); the
// facts' panels are not printed (CitePanel.astro).
addEventListener('beforeprint', () => {
  for (const panel of document.querySelectorAll<HTMLDetailsElement>('details.cite-panel-page')) panel.open = true;
});
