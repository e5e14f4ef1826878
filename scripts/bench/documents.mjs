/**
 * The synthetic documents of the benchmark corpus (scripts/bench/corpus.mjs): invented districts,
 * topics and figures, in the real seed format, each with what the curated files will say about
 * it. Deterministic: the same index gives the same document.
 */

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = [
  ['Chaoyang', '朝阳'],
  ['Haidian', '海淀'],
  ['Dongcheng', '东城'],
  ['Xicheng', '西城'],
  ['Fengtai', '丰台'],
  ['Shijingshan', '石景山'],
  ['Tongzhou', '通州'],
  ['Shunyi', '顺义'],
  ['Daxing', '大兴'],
  ['Changping', '昌平'],
  ['Huairou', '怀柔'],
  ['Pinggu', '平谷'],
  ['Miyun', '密云'],
  ['Yanqing', '延庆'],
  ['Mentougou', '门头沟'],
  ['Fangshan', '房山'],
];
const TOPICS = [
  ['international organizations', '国际组织'],
  ['foreign-invested enterprises', '外资企业'],
  ['conference venues', '会议场馆'],
  ['international schools', '国际学校'],
  ['international hospitals', '国际医院'],
  ['friendship cities', '友好城市'],
  ['air routes', '航线'],
  ['exhibition halls', '展馆'],
  ['service stations for foreign nationals', '外籍人士服务站'],
  ['research and development centers', '研发中心'],
  ['cultural exchange events', '文化交流活动'],
  ['consular offices', '领事机构'],
  ['talent service centers', '人才服务中心'],
  ['innovation parks', '创新园区'],
  ['language service points', '语言服务点'],
  ['diplomatic residences', '外交公寓'],
  ['trade promotion agencies', '贸易促进机构'],
  ['media centers', '媒体中心'],
];
const VERBS = [
  ['increased to', '增至'],
  ['reached', '达到'],
  ['grew to', '增长到'],
  ['now totals', '目前共计'],
  ['expanded to', '扩大到'],
];
const QUALITIES = [
  'streamlined',
  'multilingual',
  'round-the-clock',
  'digital',
  'coordinated',
  'barrier-free',
  'integrated',
  'upgraded',
  'specialised',
  'regional',
  'cross-border',
  'sustainable',
  'high-standard',
  'open',
  'shared',
  'pilot',
];
const ACTIONS = [
  ['improve', '完善'],
  ['expand', '扩大'],
  ['upgrade', '升级'],
  ['coordinate', '统筹'],
  ['promote', '推动'],
  ['support', '支持'],
];
const HEADINGS = [
  ['International Exchange Development', '国际交往发展'],
  ['Infrastructure and Connectivity', '基础设施与互联互通'],
  ['Services for Foreign Nationals', '外籍人士服务'],
  ['Business Environment', '营商环境'],
  ['Culture and Tourism', '文化和旅游'],
  ['Spatial Planning', '空间规划'],
  ['Talent and Education', '人才与教育'],
  ['Health and Medical Care', '医疗卫生'],
];
const OUTLETS = [
  ['中新网', '中国新闻网（中新网）', 'China News Network'],
  ['北京日报', '北京日报', 'Beijing Daily'],
  ['新华网', '新华网', 'Xinhua Net'],
  ['人民网', '人民网', 'People’s Daily Online'],
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
export const q = (text) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar

/** One generated document: its seed text and what the curated files say about it. */
export function makeDocument(index) {
  const rand = random(index * 7919 + 17);
  const number = String(index).padStart(5, '0');
  const [district, districtZh] = pick(rand, DISTRICTS);
  // Makes each generated point's text unique across the corpus.
  const ref = `synthetic-${number}`;
  const title = `北京${districtZh}区国际交往功能建设报道（第${index}篇）`;
  const titleEn = `Building up international exchange functions in ${district} District, report ${index}`;
  const point = () => {
    const [topic, topicZh] = pick(rand, TOPICS);
    const [verb, verbZh] = pick(rand, VERBS);
    const value = 10 + Math.floor(rand() * 5000);
    const share = 5 + Math.floor(rand() * 60);
    const [action, actionZh] = pick(rand, ACTIONS);
    const quality = pick(rand, QUALITIES);
    const text =
      `The number of ${topic} in ${district} District ${verb} ${value}, up ${share}% on the previous plan period, ` +
      `as the district works to ${action} ${quality} services (ref. ${ref})`;
    // The translation writes the figure as the site's pages do (digits grouped by thousands).
    const zh = `${districtZh}区${topicZh}数量${verbZh}${value.toLocaleString('en-US')}，较上一规划期增长${share}%，该区正努力${actionZh}相关服务。`;
    const markers = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => `[${1 + Math.floor(rand() * 9)}]`).join(
      '',
    );
    return {
      text,
      zh,
      raw: `${text} ${markers}`,
      quote: `${topic} in ${district} District ${verb} ${value}`,
      value,
      topic,
      topicZh,
    };
  };
  const sections = [
    { id: 'core', label: 'Core Points', heading: null, points: [point(), point(), point()] },
    { id: 'g1', label: 'Group 1', heading: pick(rand, HEADINGS), points: [point(), point(), point()] },
    { id: 'g2', label: 'Group 2', heading: pick(rand, HEADINGS), points: [point(), point()] },
  ];
  const body = sections
    .map((section) => {
      const head = section.heading ? `${section.label}: ${section.heading[0]}` : section.label;
      return `${head} ${section.points.map((p) => `- ${p.raw}`).join(' ')}`;
    })
    .join(' ');
  const outlet = rand() < 0.7 ? pick(rand, OUTLETS) : null;
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const date = `${2021 + Math.floor(rand() * 5)}-${month}-${day}`;
  const byline = outlet ? `${outlet[0]}· ${date} ${String(8 + Math.floor(rand() * 10))}:${month}` : null;
  return { index, title, titleEn, district, districtZh, sections, body, outlet, date, byline };
}
