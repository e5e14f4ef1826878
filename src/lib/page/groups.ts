/**
 * Long lists are split into groups with stable URLs, so that a list page stays light however
 * large the corpus grows: sources by the month they were published (`sources/by-month/2025-10`).
 * A group's URL depends only on its entries' own data, never on how many others there are.
 */

/** The path segment under a section that holds its groups; no entry may take it as a slug. */
export const BY_MONTH = 'by-month';
/** The group of entries without a date. */
export const UNDATED = 'undated';
/** Slugs no entry may use, because list groups live at those paths. */
export const RESERVED_SLUGS: readonly string[] = [BY_MONTH];
/** Up to this many entries, a list page shows them all itself as well as its groups. */
export const WHOLE_LIST_LIMIT = 60;

/** The month group of an ISO date of any precision: `2025-10`; a year alone or none is undated. */
export function monthOf(date: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})/.exec(date ?? '');
  return match ? `${match[1]}-${match[2]}` : UNDATED;
}

export interface Group<Item> {
  key: string;
  items: Item[];
}

/** Items grouped by key, groups newest first (keys compare as text; `undated` goes last). */
export function groupByMonth<Item>(items: readonly Item[], dateOf: (item: Item) => string | null | undefined) {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = monthOf(dateOf(item));
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups]
    .map(([key, list]): Group<Item> => ({ key, items: list }))
    .sort((a, b) => (a.key === UNDATED ? 1 : b.key === UNDATED ? -1 : b.key.localeCompare(a.key)));
}

/** Language-neutral path of a month group of a section: `sources/by-month/2025-10`. */
export function monthGroupPath(section: string, key: string): string {
  return `${section}/${BY_MONTH}/${key}`;
}
