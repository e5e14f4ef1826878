// Printed pages show their citation panels open (browsers without ::details-content too).
addEventListener('beforeprint', () => {
  for (const panel of document.querySelectorAll<HTMLDetailsElement>('details.cite-panel')) panel.open = true;
});
