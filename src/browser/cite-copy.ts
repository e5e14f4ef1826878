// Copy buttons of citation panels. Without script the panels still show every format as text.
async function copy(text: string, source: Element) {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  // Pages served over plain HTTP have no Clipboard API: copy the selection instead.
  getSelection()?.selectAllChildren(source);
  document.execCommand('copy');
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.cite-copy')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = button.previousElementSibling;
    if (!source) return;
    await copy(source.textContent?.trim() ?? '', source);
    const label = button.textContent;
    button.textContent = button.closest<HTMLElement>('.cite-panel')?.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 2000);
  });
}
