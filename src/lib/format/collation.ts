// Ordering and grouping of terms the way readers of each language look them up: Chinese by
// pinyin, English alphabetically, both ignoring quotation marks around or inside a term.
import { pinyin } from 'pinyin-pro';
import type { Lang } from '../../i18n/index';

const QUOTATION_MARKS = /["'“”‘’「」『』《》〈〉«»]/g;
const HAN = /\p{Script=Han}/u;
const COLLATOR_LOCALE: Record<Lang, string> = { zh: 'zh-u-co-pinyin', en: 'en' };

/** The text a term is sorted and grouped by: without quotation marks or leading spaces. */
export function sortText(text: string): string {
  return text.replace(QUOTATION_MARKS, '').trim();
}

/** The letter a term is filed under: pinyin initial for Han, the Latin letter, or "#". */
export function initialOf(text: string): string {
  const first = [...sortText(text)][0] ?? '';
  if (HAN.test(first)) return pinyin(first, { pattern: 'first', toneType: 'none' }).toUpperCase();
  const letter = first.normalize('NFD')[0]?.toUpperCase() ?? '';
  return /^[A-Z]$/.test(letter) ? letter : '#';
}

export interface InitialGroup<T> {
  initial: string;
  items: T[];
}

/**
 * Items grouped by the initial of their label, groups in alphabetical order ("#" last), items
 * within a group in the language's collation (pinyin for Chinese).
 */
export function groupByInitial<T>(items: readonly T[], label: (item: T) => string, lang: Lang): InitialGroup<T>[] {
  const collator = new Intl.Collator(COLLATOR_LOCALE[lang], { sensitivity: 'base', numeric: true });
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const initial = initialOf(label(item));
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  // "[" follows "Z" in code-point order, so "#" files last.
  const order = (initial: string) => (initial === '#' ? '[' : initial);
  return [...groups.entries()]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : 1))
    .map(([initial, members]) => ({
      initial,
      items: members.sort((a, b) => collator.compare(sortText(label(a)), sortText(label(b)))),
    }));
}

/**
 * Items in the order readers of a language look titles up: Chinese by the pinyin of the
 * Chinese title (`Intl.Collator('zh-u-co-pinyin')`), English alphabetically by the English one,
 * quotation marks ignored, numbers in numeric order. A new array; ties keep their order.
 */
export function sortByTitle<T>(items: readonly T[], title: (item: T) => string, lang: Lang): T[] {
  const collator = new Intl.Collator(COLLATOR_LOCALE[lang], { sensitivity: 'base', numeric: true });
  return items
    .map((item) => ({ item, key: sortText(title(item)) }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ item }) => item);
}
