/**
 * The query table: what readers type, and the page they expect. Queries go through the shared
 * query function (src/lib/search/understand.ts) inside scripts/search-index.mjs, exactly as on
 * the search page.
 *
 * Two parts:
 * - `QUERY_TABLE`: names, partial names, numbers and the merge switch. Each row is a guarantee:
 *   `expect` must be among the first three results (`first`: the very first); `section`: a
 *   sub-result anchor of that page must be offered too. `expect: null`: the query must find
 *   nothing (words only in the skip link or on the search page, which are not indexed, and
 *   words the site does not contain). Header and footer words are checked in search.test.ts.
 *   Words that must not be indexed are quoted: Pagefind trims a word it does not hold until
 *   some indexed word matches ("skip" finds a page with "%s"), which says nothing about indexing.
 * - `READER_QUERIES`: what readers type beyond names (questions, abbreviations, synonyms, other
 *   spellings, pinyin, numbers as written in either language, mixed scripts, names in the other
 *   language). Written from what the pages say, before the search was tuned; scored as top-1,
 *   top-3 and mean reciprocal rank per language (benchmarks/search.md), not row by row.
 * - `also`: the other language's index is merged, as with the search page's switch.
 */
import type { Lang } from '../../src/i18n/index';
import { entryUrl } from '../../src/lib/urls/urls';
import { curatedEntries } from '../helpers/content';

export type QuerySort =
  | 'name'
  | 'number'
  | 'question'
  | 'abbreviation'
  | 'synonym'
  | 'spelling'
  | 'pinyin'
  | 'mixed'
  | 'other-language'
  | 'extra-word';

export interface QueryCase {
  lang: Lang;
  query: string;
  expect: string | null;
  first?: boolean;
  section?: string;
  also?: boolean;
  why: string;
}

export interface ReaderQuery {
  lang: Lang;
  sort: QuerySort;
  query: string;
  /** The page a reader expects first. */
  expect: string;
}

/**
 * The rows are written against today's content. A row whose page is gone (its entry deleted) is
 * left out of what the tests run, so that removing an entry never breaks them; `…_AS_WRITTEN`
 * keeps every row, for the checks of the table's breadth.
 */
/** A page no row can expect: what a row of the query table expects when its event is gone. */
const GONE = '(gone)';
const ENTRY_IDS: Record<string, ReadonlySet<string>> = {
  statistics: new Set(curatedEntries('indicators').map(({ id }) => id)),
  places: new Set(curatedEntries('places').map(({ id }) => id)),
};
/** Whether the page a row expects is one the content still has (an entry's page by its slug). */
export function expectsExistingPage(url: string | null): boolean {
  if (url === null) return true;
  if (url === GONE) return false;
  const entry = /^\/(?:zh|en)\/(statistics|places)\/([^/]+)\/$/.exec(url);
  return entry === null || ENTRY_IDS[entry[1]].has(entry[2]);
}

export const QUERY_TABLE_AS_WRITTEN: QueryCase[] = [
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
  {
    lang: 'zh',
    query: '金盏',
    expect: '/zh/places/jinzhan-international-cooperation-service-zone/',
    first: true,
    why: 'partial name',
  },
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
    ...eventRow('zh', 'fifteenth-five-year-plan'),
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
  {
    lang: 'en',
    query: 'Jinzhanzhong',
    expect: '/en/places/jinzhan-international-cooperation-service-zone/',
    first: false,
    why: 'the source’s wording of a place the site identified (its glossary term, which explains it, may come first)',
  },
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
    ...eventRow('en', 'fifteenth-five-year-plan'),
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
    expect: '/zh/places/jinzhan-international-cooperation-service-zone/',
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
    expect: '/en/places/jinzhan-international-cooperation-service-zone/',
    why: 'English name finds the English page',
  },
  // Must find nothing
  { lang: 'zh', query: '跳到正文', expect: null, why: 'skip link only' },
  { lang: 'zh', query: '恐龙', expect: null, why: 'not on the site' },
  {
    lang: 'zh',
    query: '医保',
    expect: null,
    why: 'medical insurance: a reading the glossary avoids (the source says healthcare), so on no page',
  },
  { lang: 'en', query: '"jump"', expect: null, why: 'search page only, which is not indexed' },
  { lang: 'en', query: '"skip"', expect: null, why: 'skip link only' },
  { lang: 'en', query: '"Ctrl"', expect: null, why: 'search page and header only' },
  { lang: 'en', query: 'xylophone', expect: null, why: 'not on the site' },
];

export const QUERY_TABLE: QueryCase[] = QUERY_TABLE_AS_WRITTEN.filter((c) => expectsExistingPage(c.expect));

const statistic = (lang: Lang, slug: string) => ({ expect: `/${lang}/statistics/${slug}/` });
const place = (lang: Lang, slug: string) => ({ expect: `/${lang}/places/${slug}/` });
/** An event's row of the query table: its page and anchor, or GONE (the row is left out). */
function eventRow(lang: Lang, slug: string): { expect: string; section?: string } {
  return event(lang, slug) ?? { expect: GONE };
}

/** An event is found on its own page; null when it is gone. */
function event(lang: Lang, slug: string): { expect: string } | null {
  if (!curatedEntries('events').some((candidate) => candidate.id === slug)) return null;
  return { expect: entryUrl(lang, 'events', slug) };
}

type Row = [QuerySort, string, (lang: Lang) => { expect: string; section?: string } | null];
const S = (slug: string) => (lang: Lang) => statistic(lang, slug);
const P = (slug: string) => (lang: Lang) => place(lang, slug);
const E = (slug: string) => (lang: Lang) => event(lang, slug);
/** A glossary term's own page; null when it is gone. */
const G = (slug: string) => (lang: Lang) =>
  curatedEntries('glossary').some((term) => term.id === slug) ? { expect: entryUrl(lang, 'glossary', slug) } : null;

const ORGANIZATIONS = S('international-organizations');
const ORGANIZATIONS_GROWTH = S('international-organizations-growth');
const FOREIGN_ENTERPRISES = S('foreign-enterprises');
const NEW_FOREIGN_ENTERPRISES = S('new-foreign-enterprises');
const FRIENDLY_CITIES = S('international-friendly-cities');
const FORTUNE_500 = S('fortune-global-500-companies');
const CITY_INDEX_RANK = S('city-index-rank');
const FIRST_IN_CHINA = S('city-index-years-first-in-china');
const AIR_ROUTES = S('belt-and-road-air-routes');
const AIR_POINTS = S('belt-and-road-air-points');
const DIPLOMATIC_EVENTS = S('national-diplomatic-events');
const STREET_BLOCKS = S('key-street-blocks');
const TOWNS = S('important-towns');
const FACILITIES = S('facilities-for-enhancement');
const EXHIBITION_AREA = S('indoor-exhibition-area');
const SANLITUN = P('sanlitun');
const YANQI_LAKE = P('yanqi-lake-international-conference-center');
const EMBASSY_DISTRICT = P('fourth-embassy-district');
const JINZHANZHONG = P('jinzhan-international-cooperation-service-zone');
const GREAT_WALL_MUSEUM = P('great-wall-museum');
const ASTRAZENECA = P('astrazeneca-global-strategic-rd-center');
const DELOITTE = P('deloitte-university');
const FOREIGN_NATIONALS = P('services-for-foreign-nationals');
const AIRPORT_POINTS = P('beijing-service-airport-points');
const BLOCKS_AND_TOWNS = P('key-street-blocks-and-towns');
const PLAN_13 = E('thirteenth-five-year-plan');
const PLAN_14 = E('fourteenth-five-year-plan');
const PLAN_15 = E('fifteenth-five-year-plan');
const GUIDELINES = E('guidelines-march-2025');
const NEWS_REPORT = E('china-news-network-report');
const EXCHANGE_CENTER_TERM = G('international-exchange-center');

const ZH_ROWS: Row[] = [
  // Questions
  ['question', '北京有多少国际组织', ORGANIZATIONS],
  ['question', '在京国际组织有多少家？', ORGANIZATIONS],
  ['question', '北京有多少家外资企业', FOREIGN_ENTERPRISES],
  ['question', '北京有几个国际友好城市', FRIENDLY_CITIES],
  ['question', '在京的世界500强企业有多少家', FORTUNE_500],
  ['question', '北京在国际交往中心城市指数中排名第几', CITY_INDEX_RANK],
  ['question', '北京连续几年位居中国城市首位', FIRST_IN_CHINA],
  ['question', '通往一带一路国家的航线有多少条', AIR_ROUTES],
  ['question', '北京开通了多少个一带一路航点', AIR_POINTS],
  ['question', '北京服务保障了多少场国家外交活动', DIPLOMATIC_EVENTS],
  ['question', '新设外资企业有多少家', NEW_FOREIGN_ENTERPRISES],
  ['question', '国际组织数量增长了多少', ORGANIZATIONS_GROWTH],
  ['question', '有多少个重点街区', STREET_BLOCKS],
  ['question', '哪些设施列入提升范围', FACILITIES],
  ['question', '室内展览面积增加了多少', EXHIBITION_AREA],
  ['question', '雁栖湖国际会议中心在哪里', YANQI_LAKE],
  ['question', '三里屯是什么', SANLITUN],
  ['question', '什么是第二个三里屯', SANLITUN],
  ['question', '外籍人士怎么办理工作许可', FOREIGN_NATIONALS],
  ['question', '十五五规划是什么时候', PLAN_15],
  ['question', '承载国际交往功能的重要镇有几个', TOWNS],
  // Abbreviations
  ['abbreviation', '外企', FOREIGN_ENTERPRISES],
  ['abbreviation', '北京外企数量', FOREIGN_ENTERPRISES],
  ['abbreviation', '友城', FRIENDLY_CITIES],
  ['abbreviation', '北京友城', FRIENDLY_CITIES],
  ['abbreviation', '500强', FORTUNE_500],
  ['abbreviation', '十四五', PLAN_14],
  ['abbreviation', '十三五', PLAN_13],
  ['abbreviation', '社保', FOREIGN_NATIONALS],
  ['abbreviation', '一带一路航线', AIR_ROUTES],
  // A glossary term's exact name (a term without a page it points to); a typo
  ['name', '国际交往中心', EXCHANGE_CENTER_TERM],
  ['spelling', '三里吞', SANLITUN],
  // Synonyms
  ['synonym', '姐妹城市', FRIENDLY_CITIES],
  ['synonym', '航班', AIR_ROUTES],
  ['synonym', '外商投资企业', FOREIGN_ENTERPRISES],
  ['synonym', '外交', DIPLOMATIC_EVENTS],
  ['synonym', '大使馆', EMBASSY_DISTRICT],
  ['synonym', '会展面积', EXHIBITION_AREA],
  ['synonym', '外国人服务', FOREIGN_NATIONALS],
  ['synonym', '外国人居留许可', FOREIGN_NATIONALS],
  ['synonym', '国际会议中心', YANQI_LAKE],
  ['synonym', '全球排名', CITY_INDEX_RANK],
  ['synonym', '航点数量', AIR_POINTS],
  // Pinyin and Latin spellings on Chinese pages
  ['pinyin', 'sanlitun', SANLITUN],
  ['pinyin', 'yanqihu', YANQI_LAKE],
  ['pinyin', 'jinzhan', JINZHANZHONG],
  ['pinyin', 'deloitte', DELOITTE],
  ['pinyin', 'AstraZeneca', ASTRAZENECA],
  // Numbers as written in either language
  ['number', '3.5万', FOREIGN_ENTERPRISES],
  ['number', '3.5万家外资企业', FOREIGN_ENTERPRISES],
  ['number', '8000', NEW_FOREIGN_ENTERPRISES],
  ['number', '8,000', NEW_FOREIGN_ENTERPRISES],
  ['number', '127家', ORGANIZATIONS],
  ['number', '287个', FRIENDLY_CITIES],
  ['number', '94条', AIR_ROUTES],
  ['number', '70个航点', AIR_POINTS],
  ['number', '32%', ORGANIZATIONS_GROWTH],
  ['number', '第6位', CITY_INDEX_RANK],
  ['number', '15场', DIPLOMATIC_EVENTS],
  ['number', '66处', FACILITIES],
  ['number', '14个重要镇', TOWNS],
  ['number', '47家', FORTUNE_500],
  // Mixed scripts
  ['mixed', 'Fortune 500强', FORTUNE_500],
  ['mixed', 'BEIJING PASS 支付', FOREIGN_NATIONALS],
  ['mixed', '阿斯利康 R&D', ASTRAZENECA],
  ['mixed', '雁栖湖 conference', YANQI_LAKE],
  ['mixed', '第四使馆区 embassy', EMBASSY_DISTRICT],
  // Names and parts of names
  ['name', '德勤', DELOITTE],
  ['name', '长城', GREAT_WALL_MUSEUM],
  ['name', '规划实施指引', GUIDELINES],
  ['name', '中新网', NEWS_REPORT],
  ['name', '机场服务点', AIRPORT_POINTS],
  ['name', '多语种城市服务指南', FOREIGN_NATIONALS],
  ['name', '英文版北京地图', FOREIGN_NATIONALS],
  ['name', '重点街区与重要镇', BLOCKS_AND_TOWNS],
  ['name', '国际组织集聚区', EMBASSY_DISTRICT],
  // English names on Chinese pages
  ['other-language', 'international organizations', ORGANIZATIONS],
  ['other-language', 'foreign enterprises', FOREIGN_ENTERPRISES],
  ['other-language', 'Great Wall Museum', GREAT_WALL_MUSEUM],
  ['other-language', 'Services for foreign nationals', FOREIGN_NATIONALS],
  // A word the site does not use, next to one it does
  ['extra-word', '三里屯 恐龙', SANLITUN],
  ['extra-word', '雁栖湖 门票', YANQI_LAKE],
  ['extra-word', '长城博物馆 开放时间', GREAT_WALL_MUSEUM],
];

const EN_ROWS: Row[] = [
  // Questions
  ['question', 'how many international organizations are in Beijing', ORGANIZATIONS],
  ['question', 'how many foreign companies are in Beijing', FOREIGN_ENTERPRISES],
  ['question', 'how many sister cities does Beijing have', FRIENDLY_CITIES],
  ['question', 'how many Fortune Global 500 companies are in Beijing', FORTUNE_500],
  ['question', "what is Beijing's rank in the city index", CITY_INDEX_RANK],
  ['question', 'how many air routes are there to Belt and Road countries', AIR_ROUTES],
  ['question', 'how many diplomatic events did Beijing support', DIPLOMATIC_EVENTS],
  ['question', 'how many new foreign enterprises were set up', NEW_FOREIGN_ENTERPRISES],
  ['question', 'how much did international organizations grow', ORGANIZATIONS_GROWTH],
  ['question', 'how many key street blocks are there', STREET_BLOCKS],
  ['question', 'where is the Yanqi Lake conference center', YANQI_LAKE],
  ['question', 'what is Sanlitun', SANLITUN],
  ['question', 'what is the second Sanlitun', SANLITUN],
  ['question', 'how can foreigners get a work permit', FOREIGN_NATIONALS],
  ['question', 'when is the 15th Five-Year Plan', PLAN_15],
  ['question', 'which museum was renovated', GREAT_WALL_MUSEUM],
  ['question', 'is Beijing the top city in China', FIRST_IN_CHINA],
  ['question', 'how many facilities are for enhancement', FACILITIES],
  ['question', 'how many important towns are there', TOWNS],
  ['question', 'how big is the indoor exhibition area', EXHIBITION_AREA],
  // Abbreviations
  ['abbreviation', 'FDI', FOREIGN_ENTERPRISES],
  ['abbreviation', '14th FYP', PLAN_14],
  ['abbreviation', '13th FYP', PLAN_13],
  ['abbreviation', 'BRI air routes', AIR_ROUTES],
  ['abbreviation', 'R&D center', ASTRAZENECA],
  ['abbreviation', 'Fortune 500', FORTUNE_500],
  // Synonyms
  ['synonym', 'sister cities', FRIENDLY_CITIES],
  ['synonym', 'twin cities', FRIENDLY_CITIES],
  ['synonym', 'flights', AIR_ROUTES],
  ['synonym', 'flights to Belt and Road countries', AIR_ROUTES],
  ['synonym', 'diplomacy', DIPLOMATIC_EVENTS],
  ['synonym', 'foreign investment', FOREIGN_ENTERPRISES],
  ['synonym', 'foreign firms', FOREIGN_ENTERPRISES],
  ['synonym', 'expats', FOREIGN_NATIONALS],
  ['synonym', 'foreigners', FOREIGN_NATIONALS],
  ['synonym', 'exhibition space', EXHIBITION_AREA],
  ['synonym', 'convention center', YANQI_LAKE],
  ['synonym', 'embassy', EMBASSY_DISTRICT],
  ['synonym', 'world ranking', CITY_INDEX_RANK],
  // Other spellings
  ['spelling', 'international organisations', ORGANIZATIONS],
  ['spelling', 'organisations', ORGANIZATIONS],
  ['spelling', 'conference centre', YANQI_LAKE],
  ['spelling', 'R&D centre', ASTRAZENECA],
  ['spelling', 'Beijing Pass', FOREIGN_NATIONALS],
  ['spelling', 'multilingual city service guide', FOREIGN_NATIONALS],
  // Typos, and a glossary term's exact name (a term without a page it points to)
  ['spelling', 'Sanlitum', SANLITUN],
  ['spelling', 'Yanqi Lak', YANQI_LAKE],
  ['name', 'International Exchange Center', EXCHANGE_CENTER_TERM],
  // Pinyin
  ['pinyin', 'sanlitun', SANLITUN],
  ['pinyin', 'yanqihu', YANQI_LAKE],
  ['pinyin', 'Yanqi', YANQI_LAKE],
  ['pinyin', 'Jinzhan', JINZHANZHONG],
  // Numbers as written in either language
  ['number', '3.5万', FOREIGN_ENTERPRISES],
  ['number', '8,000', NEW_FOREIGN_ENTERPRISES],
  ['number', '8000', NEW_FOREIGN_ENTERPRISES],
  ['number', '287', FRIENDLY_CITIES],
  ['number', '94', AIR_ROUTES],
  ['number', '70 air points', AIR_POINTS],
  ['number', '32%', ORGANIZATIONS_GROWTH],
  ['number', '6th', CITY_INDEX_RANK],
  ['number', '289', STREET_BLOCKS],
  ['number', '47', FORTUNE_500],
  ['number', '15 diplomatic events', DIPLOMATIC_EVENTS],
  ['number', '66 facilities', FACILITIES],
  ['number', '14 towns', TOWNS],
  ['number', '127家', ORGANIZATIONS],
  // Chinese names on English pages
  ['other-language', '三里屯', SANLITUN],
  ['other-language', '外籍人士服务', FOREIGN_NATIONALS],
  ['other-language', '在京国际组织', ORGANIZATIONS],
  ['other-language', '国际友好城市', FRIENDLY_CITIES],
  ['other-language', '德勤大学', DELOITTE],
  ['other-language', '十四五', PLAN_14],
  ['other-language', '金盏', JINZHANZHONG],
  // Mixed scripts
  ['mixed', 'Yanqi Lake 会议中心', YANQI_LAKE],
  ['mixed', 'AstraZeneca 研发', ASTRAZENECA],
  ['mixed', 'Fortune 500强', FORTUNE_500],
  // Names and parts of names
  ['name', 'Deloitte', DELOITTE],
  ['name', 'Great Wall Museum renovation', GREAT_WALL_MUSEUM],
  ['name', 'Beijing Service airport', AIRPORT_POINTS],
  ['name', 'planning implementation guidelines', GUIDELINES],
  ['name', 'China News Network', NEWS_REPORT],
  ['name', 'key districts', STREET_BLOCKS],
  ['name', 'international organization clusters', EMBASSY_DISTRICT],
  // A word the site does not use, next to one it does
  ['extra-word', 'Sanlitun xylophone', SANLITUN],
  ['extra-word', 'Yanqi Lake tickets', YANQI_LAKE],
  ['extra-word', 'Great Wall Museum opening hours', GREAT_WALL_MUSEUM],
];

/** Every row as written, with its target (null: an event that is gone). */
const rows = (lang: Lang, table: Row[]) =>
  table.map(([sort, query, target]) => ({ lang, sort, query, target: target(lang) }));

export const READER_QUERIES_AS_WRITTEN = [...rows('zh', ZH_ROWS), ...rows('en', EN_ROWS)];

export const READER_QUERIES: ReaderQuery[] = READER_QUERIES_AS_WRITTEN.flatMap(({ lang, sort, query, target }) =>
  target && expectsExistingPage(target.expect) ? [{ lang, sort, query, ...target }] : [],
);
