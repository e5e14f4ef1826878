/**
 * Readable URL slugs for new documents and entries: the English title's words once an editor has
 * given one, else the pinyin of the Chinese title, word by word (北京国际交往中心 →
 * beijing-guoji-jiaowang-zhongxin). ASCII, lowercase, a few words long, and never one that is
 * taken or reserved: a number is added until it is free.
 */
import { pinyin } from 'pinyin-pro';

/** Words enough to say what the page is about, and a URL that still fits on a line. */
const MAX_WORDS = 6;
const MAX_LENGTH = 60;
/** Words that carry no meaning in a slug. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'as']);
/** Their Chinese counterparts, as words of their own: 的, 和, 与, 及, 之. */
const STOP_HAN = new Set(['的', '和', '与', '及', '之']);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The title's words in ASCII: English words as written, Chinese words in pinyin without tones. */
function asciiWords(title: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(title.normalize('NFKC'))) {
    if (!isWordLike || STOP_HAN.has(segment)) continue;
    const spelled = /\p{Script=Han}/u.test(segment)
      ? pinyin(segment, { toneType: 'none', separator: '', nonZh: 'consecutive', v: true })
      : segment;
    const ascii = spelled
      .replace(/['’]/g, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (ascii !== '' && !STOP_WORDS.has(ascii)) words.push(ascii);
  }
  return words;
}

/** The readable part of a slug for a title, or '' when it has no letter or digit to spell. */
export function slugWords(title: string): string {
  let slug = '';
  for (const word of asciiWords(title).slice(0, MAX_WORDS)) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_LENGTH && slug !== '') break;
    slug = next.slice(0, MAX_LENGTH).replace(/-+$/, '');
  }
  return slug;
}

/**
 * A free readable slug: from `titleEn` when given, else from `title`; `fallback` when neither
 * spells anything; while it is taken or reserved, with the `date` added, else -2, -3….
 */
export function readableSlug(
  title: string,
  titleEn: string | null,
  taken: ReadonlySet<string>,
  reserved: readonly string[] = [],
  fallback = 'document',
  date: string | null = null,
): string {
  const base = slugWords(titleEn ?? '') || slugWords(title) || fallback;
  const free = (slug: string) => !taken.has(slug) && !reserved.includes(slug);
  if (free(base)) return base;
  // Two documents of one title tell apart by their date first.
  if (date !== null && free(`${base}-${date}`)) return `${base}-${date}`;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
