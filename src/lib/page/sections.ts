import { withColon, type Lang, type Translate, type UiKey } from '../../i18n/index';

/** The section label in the page's language; the seed's own label is English. */
export function sectionLabel(section: { id: string; label: string }, t: Translate): string {
  const group = /^g(\d+)$/.exec(section.id);
  if (group) return t('section.group', { n: Number(group[1]) });
  return t(`section.${section.label}` as UiKey);
}

/** The section heading in the page's language: label, then the heading where there is one. */
export function sectionTitle(
  section: { id: string; label: string; heading: string | null; headingZh: string | null },
  lang: Lang,
  t: Translate,
): string {
  const label = sectionLabel(section, t);
  const heading = lang === 'zh' ? (section.headingZh ?? section.heading) : section.heading;
  if (!heading) return label;
  return `${withColon(label, lang)}${heading}`;
}
