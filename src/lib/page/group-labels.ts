/**
 * What a reader sees of a group's keys (src/lib/urls/groups.ts): `['2025-10', '11-20']` is
 * “11–20 October 2025”, `['undated', 'part-3']` is “Not stated in the source – Part 3”, `['g', 'gu']` is “Gu”.
 */
import { useTranslations, type Lang } from '../../i18n/index';
import { formatDateRange } from '../format/values';
import { OTHER_INITIAL, PART, UNDATED } from '../urls/grouping';

const MONTH = /^\d{4}-\d{2}$/;
const DAY_RANGE = /^(\d{2})-(\d{2})$/;

/** A third of a month as the dates it spans: `2025-10` `21-31` → 21–31 October 2025, its last day the month's own. */
function dayRangeLabel(month: string, key: string, lang: Lang): string {
  const [, first, last] = DAY_RANGE.exec(key)!;
  const [year, monthNumber] = month.split('-').map(Number);
  const lastDay = Math.min(Number(last), new Date(Date.UTC(year, monthNumber, 0)).getUTCDate());
  return formatDateRange(`${month}-${first}`, `${month}-${String(lastDay).padStart(2, '0')}`, lang);
}

const isPart = (key: string) => key.startsWith(PART);
const partLabel = (key: string, lang: Lang) => useTranslations(lang)('group.part', { number: key.slice(PART.length) });

/** A key of letters as a reader looks it up: `gu` → `Gu`, `other` → the dictionary's word. */
function lettersLabel(key: string, lang: Lang): string {
  return key === OTHER_INITIAL ? useTranslations(lang)('glossary.otherInitial') : key[0].toUpperCase() + key.slice(1);
}

/**
 * The label of a group by its keys; `topLabel` names the list's own groups (a month, an
 * initial) as the list does. A third of a month is its dates; letters under letters are
 * the longer prefix alone; letters under a date follow it.
 */
export function groupLabel(keys: readonly string[], lang: Lang, topLabel: (key: string) => string): string {
  const t = useTranslations(lang);
  let label = topLabel(keys[0]);
  let lettersOnly = !MONTH.test(keys[0]) && !/^\d{4}$/.test(keys[0]) && keys[0] !== UNDATED;
  for (const [depth, key] of keys.entries()) {
    if (depth === 0) continue;
    const parent = keys[depth - 1];
    if (MONTH.test(parent) && DAY_RANGE.test(key)) label = dayRangeLabel(parent, key, lang);
    else if (MONTH.test(parent) && key === UNDATED) label = t('group.dayUndated', { month: label });
    else if (isPart(key)) continue;
    else if (lettersOnly) label = lettersLabel(key, lang);
    else {
      label = t('group.within', { group: label, key: lettersLabel(key, lang) });
      lettersOnly = false;
    }
  }
  // Only the finest part is named: part 37 lies within part 3.
  const part = keys.findLast(isPart);
  return part ? t('group.within', { group: label, key: partLabel(part, lang) }) : label;
}

/** The label of a finer group on its parent's index: its own key, a third of a month as its dates. */
export function subgroupLabel(keys: readonly string[], lang: Lang): string {
  const key = keys.at(-1)!;
  const parent = keys.at(-2) ?? '';
  if (MONTH.test(parent) && DAY_RANGE.test(key)) return dayRangeLabel(parent, key, lang);
  if (key === UNDATED) return useTranslations(lang)('group.dayNotStated');
  if (isPart(key)) return partLabel(key, lang);
  return lettersLabel(key, lang);
}
