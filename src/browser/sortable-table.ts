// Sortable columns of a table marked `data-sortable` (the statistics table): each header with
// `data-sort="number"` or `"text"` becomes a button that sorts the rows by that column, then the
// other way on a second press; `aria-sort` says which column and direction. A cell's
// `data-sort-value` is its key where the text is not (the title's place in the reader's order,
// a figure's number); empty keys file last. Without script the table stays in the order the
// build wrote: titles as readers of the page's language look them up.

type Direction = 'ascending' | 'descending';

function collatorFor(table: HTMLElement): Intl.Collator {
  const lang = table.closest<HTMLElement>('[lang]')?.lang ?? 'en';
  return new Intl.Collator(lang.startsWith('zh') ? 'zh-u-co-pinyin' : lang, { numeric: true, sensitivity: 'base' });
}

function keyOf(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return (cell?.dataset.sortValue ?? cell?.textContent ?? '').trim();
}

function sortRows(table: HTMLTableElement, column: number, kind: string, direction: Direction) {
  const body = table.tBodies[0];
  const collator = collatorFor(table);
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = [...body.rows].map((row, index) => ({ row, index, key: keyOf(row, column) }));
  rows.sort((a, b) => {
    // Empty keys last either way; ties keep the order the rows had.
    if (a.key === '' || b.key === '') return a.key === b.key ? a.index - b.index : a.key === '' ? 1 : -1;
    const order = kind === 'number' ? Number(a.key) - Number(b.key) : collator.compare(a.key, b.key);
    return order * sign || a.index - b.index;
  });
  body.append(...rows.map(({ row }) => row));
}

function enhance(table: HTMLTableElement) {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  for (const [column, header] of headers.entries()) {
    const kind = header.dataset.sort;
    if (!kind) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const direction: Direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      sortRows(table, column, kind, direction);
    });
  }
  table.dataset.sortReady = '';
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
