import type { Lang } from '../../i18n/index';

const NUMBER_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang]).format(value);
}

/** Formats a date at the precision it is known to: 2025 / 2025-03 / 2025-10-16. */
export function formatPartialDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (lang === 'zh') {
    return `${year}年` + (month ? `${month}月` : '') + (day ? `${day}日` : '');
  }
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
