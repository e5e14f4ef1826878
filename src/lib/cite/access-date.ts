/**
 * The access date as each citation format writes it. Shared by the build (which prints the
 * build day) and the browser (src/browser/cite-access.ts, which puts in the reader's own day),
 * so both write it identically. Kept tiny: it ships in the site script.
 */

/** How a format writes a date: `iso` 2025-11-27, `apa` November 27, 2025, `mla` 27 Nov. 2025, `ris` 2025/11/27, `csl` 2025, 11, 27. */
export type AccessDateStyle = 'iso' | 'apa' | 'mla' | 'ris' | 'csl';

export const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
// MLA 9 abbreviates months longer than four letters.
export const MLA_MONTHS = 'Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');

const two = (value: number) => String(value).padStart(2, '0');

/** A day (year, month 1–12, day) in one format's style. */
export function accessDateText(style: AccessDateStyle, [year, month, day]: readonly number[]): string {
  if (style === 'apa') return `${MONTHS[month - 1]} ${day}, ${year}`;
  if (style === 'mla') return `${day} ${MLA_MONTHS[month - 1]} ${year}`;
  if (style === 'ris') return `${year}/${two(month)}/${two(day)}`;
  if (style === 'csl') return `${year}, ${month}, ${day}`;
  return `${year}-${two(month)}-${two(day)}`;
}

/** The calendar day of an ISO date (YYYY-MM-DD), as numbers. */
export function dayParts(isoDay: string): number[] {
  return isoDay.split('-').map(Number);
}
