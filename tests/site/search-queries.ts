/**
 * The query table: what readers type, and the page that must come back. Queries are passed
 * through normalizeQuery first, exactly as the search page does.
 *
 * - `expect`: URL path that must be among the first three results (`first`: the very first);
 *   `section`: a sub-result anchor of that page that must be offered too.
 * - `expect: null`: the query must find nothing (words only in the skip link or on the search
 *   page, which are not indexed; and words the site does not contain). Header and footer words
 *   are checked in search.test.ts, since the About page may legitimately repeat them.
 * - `also`: the other language's index is merged, as with the search page's switch.
 */
import type { Lang } from '../../src/i18n/index';

export interface QueryCase {
  lang: Lang;
  query: string;
  expect: string | null;
  first?: boolean;
  section?: string;
  also?: boolean;
  why: string;
}

export const QUERY_TABLE: QueryCase[] = [
  // Chinese names, full and partial
  {
    lang: 'zh',
    query: '雁栖湖',
    expect: '/zh/places/yanqi-lake-international-conference-center/',
    first: true,
    why: 'name, its own page first',
  },
  {
    lang: 'zh',
    query: '第四使馆区',
    expect: '/zh/places/fourth-embassy-district/',
    first: true,
    why: 'name, its own page first',
  },
  {
    lang: 'zh',
    query: '国际组织',
    expect: '/zh/statistics/international-organizations/',
    first: true,
    why: 'indicator name',
  },
  { lang: 'zh', query: '三里屯', expect: '/zh/places/sanlitun/', first: true, why: 'name' },
  { lang: 'zh', query: '三里', expect: '/zh/places/sanlitun/', why: 'partial name' },
  { lang: 'zh', query: '使馆', expect: '/zh/places/fourth-embassy-district/', why: 'partial name' },
  { lang: 'zh', query: '金盏', expect: '/zh/places/jinzhanzhong-district/', first: true, why: 'partial name' },
  { lang: 'zh', query: '长城博物馆', expect: '/zh/places/great-wall-museum/', why: 'name without 中国' },
  {
    lang: 'zh',
    query: '阿斯利康',
    expect: '/zh/places/astrazeneca-global-strategic-rd-center/',
    first: true,
    why: 'company name',
  },
  { lang: 'zh', query: '德勤大学', expect: '/zh/places/deloitte-university/', first: true, why: 'name' },
  {
    lang: 'zh',
    query: '友好城市',
    expect: '/zh/statistics/international-friendly-cities/',
    first: true,
    why: 'partial indicator name',
  },
  {
    lang: 'zh',
    query: '世界500强',
    expect: '/zh/statistics/fortune-global-500-companies/',
    first: true,
    why: 'Chinese and digits in one word',
  },
  {
    lang: 'zh',
    query: '外籍人士',
    expect: '/zh/places/services-for-foreign-nationals/',
    first: true,
    why: 'partial name',
  },
  {
    lang: 'zh',
    query: '室内展览面积',
    expect: '/zh/statistics/indoor-exhibition-area/',
    first: true,
    why: 'near name (总 left out)',
  },
  {
    lang: 'zh',
    query: '十五五',
    expect: '/zh/timeline/',
    section: '/zh/timeline/#fifteenth-five-year-plan',
    why: 'event, with its anchor',
  },
  { lang: 'zh', query: '国际交往中心城市指数', expect: '/zh/statistics/city-index-rank/', why: 'index name' },
  // Numbers, grouped or not, full-width
  { lang: 'zh', query: '127', expect: '/zh/statistics/international-organizations/', first: true, why: 'number' },
  {
    lang: 'zh',
    query: '35000',
    expect: '/zh/statistics/foreign-enterprises/',
    first: true,
    why: 'number without grouping',
  },
  {
    lang: 'zh',
    query: '35,000',
    expect: '/zh/statistics/foreign-enterprises/',
    first: true,
    why: 'number with grouping',
  },
  {
    lang: 'zh',
    query: '１２７',
    expect: '/zh/statistics/international-organizations/',
    first: true,
    why: 'full-width digits',
  },
  {
    lang: 'zh',
    query: '３５，０００',
    expect: '/zh/statistics/foreign-enterprises/',
    first: true,
    why: 'full-width digits and comma',
  },
  { lang: 'zh', query: '289', expect: '/zh/statistics/key-street-blocks/', why: 'number' },
  { lang: 'zh', query: '287', expect: '/zh/statistics/international-friendly-cities/', why: 'number' },
  // Mixed and other-language names in the Chinese index
  { lang: 'zh', query: '三里屯 Sanlitun', expect: '/zh/places/sanlitun/', first: true, why: 'mixed scripts' },
  {
    lang: 'zh',
    query: '\u3000雁栖湖\u3000会议中心 ',
    expect: '/zh/places/yanqi-lake-international-conference-center/',
    first: true,
    why: 'ideographic spaces',
  },
  {
    lang: 'zh',
    query: 'Yanqi Lake',
    expect: '/zh/places/yanqi-lake-international-conference-center/',
    first: true,
    why: 'English name on a Chinese page',
  },
  {
    lang: 'zh',
    query: 'Fourth Embassy District',
    expect: '/zh/places/fourth-embassy-district/',
    first: true,
    why: 'English name on a Chinese page',
  },
  // English names, stems, numbers
  {
    lang: 'en',
    query: 'international organizations',
    expect: '/en/statistics/international-organizations/',
    first: true,
    why: 'indicator name, its own page first',
  },
  {
    lang: 'en',
    query: 'Yanqi Lake',
    expect: '/en/places/yanqi-lake-international-conference-center/',
    first: true,
    why: 'partial name',
  },
  {
    lang: 'en',
    query: 'Fourth Embassy District',
    expect: '/en/places/fourth-embassy-district/',
    first: true,
    why: 'name',
  },
  {
    lang: 'en',
    query: 'embassies',
    expect: '/en/places/fourth-embassy-district/',
    first: true,
    why: 'stem of embassy',
  },
  {
    lang: 'en',
    query: 'organization',
    expect: '/en/statistics/international-organizations/',
    first: true,
    why: 'stem, singular',
  },
  {
    lang: 'en',
    query: 'conferences',
    expect: '/en/places/yanqi-lake-international-conference-center/',
    first: true,
    why: 'stem, plural',
  },
  { lang: 'en', query: 'Sanlitun', expect: '/en/places/sanlitun/', first: true, why: 'name' },
  { lang: 'en', query: 'Jinzhanzhong', expect: '/en/places/jinzhanzhong-district/', first: true, why: 'name' },
  { lang: 'en', query: 'Great Wall', expect: '/en/places/great-wall-museum/', first: true, why: 'partial name' },
  {
    lang: 'en',
    query: 'AstraZeneca',
    expect: '/en/places/astrazeneca-global-strategic-rd-center/',
    first: true,
    why: 'company name',
  },
  {
    lang: 'en',
    query: 'friendly cities',
    expect: '/en/statistics/international-friendly-cities/',
    first: true,
    why: 'partial name',
  },
  {
    lang: 'en',
    query: 'Fortune Global 500',
    expect: '/en/statistics/fortune-global-500-companies/',
    first: true,
    why: 'name with a number',
  },
  {
    lang: 'en',
    query: '15th Five-Year Plan',
    expect: '/en/timeline/',
    section: '/en/timeline/#fifteenth-five-year-plan',
    why: 'event, with its anchor',
  },
  { lang: 'en', query: '127', expect: '/en/statistics/international-organizations/', first: true, why: 'number' },
  {
    lang: 'en',
    query: '35,000',
    expect: '/en/statistics/foreign-enterprises/',
    first: true,
    why: 'number with grouping',
  },
  {
    lang: 'en',
    query: '35000',
    expect: '/en/statistics/foreign-enterprises/',
    first: true,
    why: 'number without grouping',
  },
  {
    lang: 'en',
    query: '１２７',
    expect: '/en/statistics/international-organizations/',
    first: true,
    why: 'full-width digits',
  },
  // Chinese names in the English index (each English page gives the Chinese form once)
  {
    lang: 'en',
    query: '雁栖湖',
    expect: '/en/places/yanqi-lake-international-conference-center/',
    first: true,
    why: 'Chinese name on an English page',
  },
  {
    lang: 'en',
    query: '第四使馆区',
    expect: '/en/places/fourth-embassy-district/',
    first: true,
    why: 'Chinese name on an English page',
  },
  { lang: 'en', query: 'Sanlitun 三里屯', expect: '/en/places/sanlitun/', first: true, why: 'mixed scripts' },
  // Cross-language: the other language's index merged
  {
    lang: 'en',
    also: true,
    query: '三里',
    expect: '/zh/places/sanlitun/',
    why: 'partial Chinese name finds the Chinese page',
  },
  {
    lang: 'en',
    also: true,
    query: '金盏',
    expect: '/zh/places/jinzhanzhong-district/',
    first: true,
    why: 'Chinese name finds the Chinese page',
  },
  {
    lang: 'zh',
    also: true,
    query: 'Sanlitun',
    expect: '/en/places/sanlitun/',
    why: 'English name finds the English page',
  },
  {
    lang: 'zh',
    also: true,
    query: 'Jinzhanzhong',
    expect: '/en/places/jinzhanzhong-district/',
    why: 'English name finds the English page',
  },
  // Must find nothing
  { lang: 'zh', query: '跳到正文', expect: null, why: 'skip link only' },
  { lang: 'zh', query: '恐龙', expect: null, why: 'not on the site' },
  { lang: 'en', query: 'jump', expect: null, why: 'search page only, which is not indexed' },
  { lang: 'en', query: 'skip', expect: null, why: 'skip link only' },
  { lang: 'en', query: 'Ctrl', expect: null, why: 'search page and header only' },
  { lang: 'en', query: 'xylophone', expect: null, why: 'not on the site' },
];
