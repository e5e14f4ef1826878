import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  formatApa,
  formatGbt7714,
  formatMla,
  formatOriginalApa,
  formatOriginalGbt7714,
  runsToText,
  type CitableWork,
} from '../../src/lib/cite/text-styles';
import { citationKey, formatMachine, formatMachineRuns, workToCsl } from '../../src/lib/cite/machine';
import { accessDateText } from '../../src/lib/cite/access-date';
import { citableWork, citationTypeOf } from '../../src/lib/cite/citable';
import { KIND_IDS, KINDS } from '../../src/lib/content/kinds';

const zhFact: CitableWork = {
  lang: 'zh',
  type: 'dataset',
  title: '在京国际组织数量',
  titleTranslated: 'International organizations in Beijing',
  siteName: '北京国际交往中心功能建设',
  url: 'https://example.org/zh/statistics/international-organizations/',
  route: '/zh/statistics/international-organizations/',
  updated: '2025-11-03',
  accessed: '2025-11-27',
};
const enEvent: CitableWork = {
  lang: 'en',
  type: 'webpage',
  title: 'Beijing International Exchange Center Planning Implementation Guidelines',
  titleTranslated: '北京国际交往中心规划实施指引',
  siteName: 'Beijing as an International Exchange Center',
  url: 'https://example.org/en/timeline/#guidelines-march-2025',
  route: '/en/timeline/#guidelines-march-2025',
  updated: '2025-09-05',
  accessed: '2025-11-27',
};

describe('GB/T 7714-2015 ([EB/OL], sequential numbering)', () => {
  // Pattern of the standard's own example: 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://…
  it('cites a Chinese page: responsible party, title[EB/OL], (updated)[accessed], URL, full stop', () => {
    expect(runsToText(formatGbt7714(zhFact))).toBe(
      '北京国际交往中心功能建设. 在京国际组织数量[EB/OL]. (2025-11-03)[2025-11-27]. https://example.org/zh/statistics/international-organizations/.',
    );
  });
  it('cites an English page and a fact’s fragment the same way', () => {
    expect(runsToText(formatGbt7714(enEvent))).toBe(
      'Beijing as an International Exchange Center. Beijing International Exchange Center Planning Implementation Guidelines[EB/OL]. (2025-09-05)[2025-11-27]. https://example.org/en/timeline/#guidelines-march-2025.',
    );
  });
  it('cites a source document in its own language, as [EB/OL] with the outlet, or with unknown publisher and date stated', () => {
    const known = {
      lang: 'en' as const,
      title: '北京提升打造“第二个三里屯”国际交往新场景',
      titleTranslated: 'Beijing steps up building a “second Sanlitun”',
      outlet: '中国新闻网（中新网）',
      outletInPageLanguage: 'China News Service',
      published: '2025-10-16',
    };
    expect(runsToText(formatOriginalGbt7714(known))).toBe(
      '北京提升打造“第二个三里屯”国际交往新场景[EB/OL]. 中国新闻网（中新网）, 2025-10-16.',
    );
    const unknown = {
      ...known,
      title: '大国首都国际影响力与吸引力持续攀升',
      outlet: null,
      outletInPageLanguage: null,
      published: null,
    };
    expect(runsToText(formatOriginalGbt7714(unknown))).toBe(
      '大国首都国际影响力与吸引力持续攀升[EB/OL]. [出版者不详], [出版日期不详].',
    );
  });
});

describe('APA 7 (webpage, group author = site, retrieval date)', () => {
  it('cites an English page: author. (date). title (italic). Retrieved date, from URL', () => {
    const runs = formatApa(enEvent);
    expect(runsToText(runs)).toBe(
      'Beijing as an International Exchange Center. (2025, September 5). Beijing International Exchange Center Planning Implementation Guidelines. Retrieved November 27, 2025, from https://example.org/en/timeline/#guidelines-march-2025',
    );
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual([enEvent.title]);
  });
  it('cites a Chinese page with its title translated in square brackets, not italic', () => {
    const runs = formatApa(zhFact);
    expect(runsToText(runs)).toBe(
      '北京国际交往中心功能建设. (2025, November 3). 在京国际组织数量 [International organizations in Beijing]. Retrieved November 27, 2025, from https://example.org/zh/statistics/international-organizations/',
    );
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['在京国际组织数量']);
  });
  it('cites an unsigned news article with the title first, and n.d. when undated', () => {
    const known = {
      lang: 'en' as const,
      title: '北京提升打造“第二个三里屯”国际交往新场景',
      titleTranslated: 'Beijing steps up building a “second Sanlitun” as a new scene of international exchange',
      outlet: '中国新闻网（中新网）',
      outletInPageLanguage: 'China News Service',
      published: '2025-10-16',
    };
    expect(runsToText(formatOriginalApa(known))).toBe(
      '北京提升打造“第二个三里屯”国际交往新场景 [Beijing steps up building a “second Sanlitun” as a new scene of international exchange]. (2025, October 16). China News Service.',
    );
    expect(runsToText(formatOriginalApa({ ...known, outlet: null, outletInPageLanguage: null, published: null }))).toBe(
      '北京提升打造“第二个三里屯”国际交往新场景 [Beijing steps up building a “second Sanlitun” as a new scene of international exchange]. (n.d.).',
    );
    expect(runsToText(formatOriginalApa({ ...known, published: '2025-10' }))).toContain('(2025, October).');
  });
});

describe('MLA 9 (page on a website authored by the website)', () => {
  it('abbreviates months, drops the protocol and ends with the access date', () => {
    expect(runsToText(formatMla(enEvent))).toBe(
      '“Beijing International Exchange Center Planning Implementation Guidelines.” Beijing as an International Exchange Center, 5 Sept. 2025, example.org/en/timeline/#guidelines-march-2025. Accessed 27 Nov. 2025.',
    );
    expect(runsToText(formatMla(zhFact))).toBe(
      '“在京国际组织数量” [International organizations in Beijing]. 北京国际交往中心功能建设, 3 Nov. 2025, example.org/zh/statistics/international-organizations/. Accessed 27 Nov. 2025.',
    );
  });
});

describe('machine formats through citation-js', () => {
  it('derives stable citation keys from the URL path and fragment', () => {
    expect(citationKey(enEvent.route)).toBe('bjiec_en_timeline_guidelines_march_2025');
    // The deployment's origin and base path are not part of it.
    const underBase = citableWork({
      lang: 'en',
      title: 't',
      path: 'timeline',
      fragment: 'x-y',
      site: 'https://example.org/bj/',
    });
    expect(underBase.url).toBe('https://example.org/en/timeline/#x-y');
    expect(workToCsl(underBase).id).toBe('bjiec_en_timeline_x_y');
    expect(formatMachine('bibtex', workToCsl(enEvent))).toMatch(/^@misc\{bjiec_en_timeline_guidelines_march_2025,/);
    expect(formatMachine('ris', workToCsl(enEvent))).toMatch(/^ID {2}- bjiec_en_timeline_guidelines_march_2025$/m);
    const bibtex = formatMachine('bibtex', workToCsl(enEvent));
    expect(bibtex.match(/^\s*url = /gm)).toHaveLength(1);
    expect(bibtex).not.toMatch(/howpublished/);
  });

  it.each([zhFact, enEvent])('BibTeX and RIS of $url parse back to the same title, URL and date', async (work) => {
    const item = workToCsl(work);
    for (const format of ['bibtex', 'ris'] as const) {
      const text = formatMachine(format, item);
      const [back] = (await Cite.async(text)).data as {
        title: string;
        URL: string;
        issued: { 'date-parts': number[][] };
      }[];
      expect(back.title, format).toBe(work.title);
      expect(back.URL, format).toBe(work.url);
      expect(back.issued['date-parts'][0], format).toEqual(work.updated.split('-').map(Number));
    }
  });

  it('types an entry by its kind (a statistic is a dataset) and every other page as a web page', () => {
    for (const kind of KIND_IDS) {
      const { section, placement, citationType } = KINDS[kind];
      const entry =
        placement === 'page' ? citationTypeOf(`${section}/x-y`) : citationTypeOf(`${section}/by-month/2025`, 'x-y');
      expect(entry, kind).toBe(citationType);
      expect(citationTypeOf(section), `${kind} list`).toBe('webpage');
    }
    expect(citationTypeOf('statistics/by-month/2025-10')).toBe('webpage');
    expect(citationTypeOf('sources/x-y', 'core-1')).toBe('webpage');
    expect(citationTypeOf('about')).toBe('webpage');
    const dataset = formatMachine('ris', workToCsl({ ...zhFact, type: 'dataset' }));
    expect(dataset).toMatch(/^TY {2}- DATA/m);
  });

  it('writes BibTeX’s month as its macro and the full date in a date field, not the day inside the month', () => {
    const bibtex = formatMachine('bibtex', workToCsl(zhFact));
    expect(bibtex).toMatch(/^\s*month = nov,$/m);
    expect(bibtex).toMatch(/^\s*date = \{2025-11-03\},$/m);
    expect(bibtex).not.toMatch(/month = \{/);
  });

  it('keeps Chinese characters in BibTeX (citation-js drops them by default)', () => {
    expect(formatMachine('bibtex', workToCsl(zhFact))).toContain('title = {在京国际组织数量}');
  });

  it('writes CSL-JSON that is valid JSON with the access date', () => {
    const [item] = JSON.parse(formatMachine('csl', workToCsl(zhFact)));
    expect(item).toMatchObject({
      type: 'dataset',
      title: zhFact.title,
      URL: zhFact.url,
      accessed: { 'date-parts': [[2025, 11, 27]] },
    });
  });
});

describe('MLA 9 titles that contain quotation marks', () => {
  it('turns inner double quotation marks into single ones', () => {
    const work = { ...enEvent, title: 'Beijing steps up building a “second Sanlitun”' };
    expect(runsToText(formatMla(work))).toMatch(/^“Beijing steps up building a ‘second Sanlitun.’” /);
  });
});

describe('the publisher of src/site.config.ts, when set', () => {
  const published: CitableWork = { ...enEvent, publisher: 'Example Research Institute' };

  it('is the responsible party and author, the site staying the website', () => {
    expect(runsToText(formatGbt7714(published))).toMatch(/^Example Research Institute\. Beijing International/);
    expect(runsToText(formatApa(published))).toBe(
      'Example Research Institute. (2025, September 5). Beijing International Exchange Center Planning Implementation Guidelines. Beijing as an International Exchange Center. Retrieved November 27, 2025, from https://example.org/en/timeline/#guidelines-march-2025',
    );
    expect(runsToText(formatMla(published))).toContain(
      '” Beijing as an International Exchange Center, Example Research Institute, 5 Sept. 2025,',
    );
    const csl = workToCsl(published);
    expect(csl.author).toEqual([{ literal: 'Example Research Institute' }]);
    expect(csl.publisher).toBe('Example Research Institute');
    expect(csl['container-title']).toBe('Beijing as an International Exchange Center');
  });

  it('reaches citableWork in the page’s language; unset, the site is the author', () => {
    const work = citableWork({
      lang: 'zh',
      title: '标题',
      path: 'about',
      updated: '2025-01-01',
      site: 'https://example.org',
      publisher: { zh: '某研究所', en: 'An Institute' },
    });
    expect(work.publisher).toBe('某研究所');
    expect(runsToText(formatGbt7714(work))).toMatch(/^某研究所\. 标题\[EB\/OL\]/);
    const unset = citableWork({
      lang: 'zh',
      title: '标题',
      path: 'about',
      updated: '2025-01-01',
      site: 'https://example.org',
      publisher: null,
    });
    expect(runsToText(formatGbt7714(unset))).toMatch(/^北京国际交往中心功能建设\. /);
  });
});

describe('the access date as its own run, for the reader’s today', () => {
  it('marks the access date, and only it, in every format, written as the browser writes it', () => {
    // The update day equals the access day here: only the access date may be marked.
    const sameDay: CitableWork = { ...zhFact, updated: zhFact.accessed };
    const runs = [formatGbt7714(sameDay), formatApa(sameDay), formatMla(sameDay)];
    const machine = (['bibtex', 'ris', 'csl'] as const).map((format) => {
      const formatRuns = formatMachineRuns(format, workToCsl(sameDay));
      expect(runsToText(formatRuns)).toBe(formatMachine(format, workToCsl(sameDay)));
      return formatRuns;
    });
    const marked = [...runs, ...machine].map((all) => all.filter((run) => run.accessed));
    expect(marked.map((all) => all.length)).toEqual([1, 1, 1, 1, 1, 1]);
    for (const [run] of marked) expect(run.text).toBe(accessDateText(run.accessed!, [2025, 11, 27]));
    expect(marked.map(([run]) => run.text)).toEqual([
      '2025-11-27',
      'November 27, 2025',
      '27 Nov. 2025',
      '2025-11-27',
      '2025/11/27',
      '2025, 11, 27',
    ]);
  });
});
