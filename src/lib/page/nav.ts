/**
 * The site's main navigation: the home page, each kind's list page in the order the kinds are
 * defined (src/lib/content/kinds.ts), then the data and About pages.
 */
import type { UiKey } from '../../i18n/index';
import { SECTIONS, type Section } from '../content/kinds';

export type NavPath = '' | Section | 'data' | 'about';

/** The paths of the navigation, in order. */
export const NAV_PATHS: readonly NavPath[] = ['', ...SECTIONS, 'data', 'about'];

/** The dictionary key of a navigation item's label. */
export function navLabelKey(path: NavPath): UiKey {
  return path === '' ? 'nav.home' : (`nav.${path}` as const);
}
