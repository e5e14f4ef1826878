/**
 * Quotes support claims, and figure checks cannot be bypassed: each check is shown failing on
 * a fixture (a new instance of its class) and passing on the corrected input.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  avoidedRenderingProblems,
  eventDateProblems,
  indicatorClaimProblems,
  nameStatusProblems,
} from '../../src/lib/checks/claims';
import { checkSiteContent } from '../../src/lib/read/site-content';
import type { SourceInputError } from '../../src/lib/errors';
import { figureValuesIn, figuresIn, normaliseDigits } from '../../src/lib/text/figures';
import { checkProse } from '../../src/lib/checks/prose';
import { translationProblem } from '../../src/lib/content/translations';
import { glossaryTerm, indicator, event } from '../../src/lib/content/schemas';

describe('figures in any script', () => {
  it('normalises full-width and other Unicode decimal digits', () => {
    expect(normaliseDigits('１２８ ٣٥ १२८ 𝟏𝟐𝟖')).toBe('128 35 128 128');
    expect(figureValuesIn('增至１２８家')).toEqual([128]);
  });
  it('reads Chinese numerals, with a measure word when a numeral stands alone', () => {
    expect(figureValuesIn('三万六千家，十五场，连续三年，第六，两个区域')).toEqual([36000, 15, 3, 6, 2]);
    // "一" alone is "a/one" (一系列, 之一), and a lone numeral without a measure word is a word.
    expect(figureValuesIn('一系列政策之一')).toEqual([]);
  });
  it('reads grouped numbers, 万, ordinals, English number words and qualifiers', () => {
    expect(figuresIn('exceeded 35,000, ranked 6th, three consecutive years, 超过3.5万家')).toEqual([
      expect.objectContaining({ value: 35000, qualifier: 'over', ordinal: false }),
      expect.objectContaining({ value: 6, ordinal: true }),
      expect.objectContaining({ value: 3, qualifier: 'as-stated' }),
      expect.objectContaining({ value: 35000, qualifier: 'over' }),
    ]);
  });
  it('leaves out names with numbers and the month and day of a Chinese date', () => {
    expect(figureValuesIn('“十四五”时期，2025年3月前，Fortune Global 500', ['“十四五”', 'Fortune Global 500'])).toEqual(
      [2025],
    );
  });
  it('leaves out the longest name first, names written in other digits, and many names at once', () => {
    // "Report 12" inside "Report 123" must not leave a stray 3 behind.
    const names = [
      'Report 12',
      'Report 123',
      '第１２篇',
      ...Array.from({ length: 2000 }, (_, i) => `Term ${i} (${i})`),
    ];
    expect(figureValuesIn('Report 123 and 第12篇 say 45; Term 1999 (1999) too', names)).toEqual([45]);
    // A name holding no figure changes nothing.
    expect(figureValuesIn('over 7 parks', ['parks'])).toEqual([7]);
  });
});

describe('a translation says no more than its point', () => {
  const english = 'The number of international organizations increased to 127';
  it('refuses a figure written in full-width digits or Chinese numerals', () => {
    expect(translationProblem(english, '国际组织增至１２８家')).toMatch(/states 128/);
    expect(translationProblem(english, '国际组织增至一百二十八家')).toMatch(/states 128/);
    expect(translationProblem(english, '国际组织增至127家')).toBeNull();
  });
  it('refuses a qualifier the English point lacks', () => {
    expect(translationProblem(english, '国际组织超过127家')).toMatch(
      /qualifies 127 with "超过" \(over\) in "国际组织超过127家"/,
    );
    expect(translationProblem('with over 35,000 foreign companies', '外资企业超过35,000家')).toBeNull();
  });
});

describe('prose', () => {
  const collect = (body: string, context: Parameters<typeof checkProse>[2]) => {
    const problems: SourceInputError[] = [];
    checkProse(body, 'p.mdx', context, (problem) => problems.push(problem));
    return problems.map((problem) => problem.message);
  };
  it('refuses a hand-typed figure in any script', () => {
    for (const typed of ['１２８家', '三万六千家', '٣٥ companies', 'three districts']) {
      expect(collect(`Beijing has ${typed}.<Cite n={1} />`, 1).join('\n')).toMatch(/is typed into the prose/);
    }
    expect(collect('三里屯是样板。<Cite n={1} />', { citationCount: 1, names: ['三里屯'] })).toEqual([]);
  });
  it('refuses a figure its sentence’s citations do not state', () => {
    const context = {
      citationCount: 2,
      citations: [
        { source: 's', point: 'g1-1', quote: 'the renovation of the Great Wall Museum' },
        { source: 's', point: 'g1-1', quote: 'the area nearly doubled' },
      ],
      figures: new Map([['area', { statedAs: 'nearly doubled' }]]),
    };
    expect(collect('The area <Figure id="area" lang="en" /> with a museum.<Cite n={1} />', context).join('\n')).toMatch(
      /<Figure id="area" \/> is not stated by the quotes its sentence cites/,
    );
    expect(
      collect('The area <Figure id="area" lang="en" />,<Cite n={2} /> with a museum.<Cite n={1} />', context),
    ).toEqual([]);
  });
  it('refuses a name the site identified or translated typed outside <Term>', () => {
    const context = { citationCount: 1, markedNames: ['长城博物馆'] };
    expect(collect('长城博物馆改造。<Cite n={1} />', context).join('\n')).toMatch(/typed into the prose/);
    expect(collect('<Term id="great-wall-museum" lang="zh" />改造。<Cite n={1} />', context)).toEqual([]);
  });
});

const dated = new Map([
  ['a', { slug: 'a', published: '2025-10-16' }],
  ['b', { slug: 'b', published: null }],
]);
const orgs = (changes: Record<string, unknown>) =>
  indicator.parse({
    title: { zh: '国际组织', en: 'International organizations' },
    value: 127,
    unit: { zh: '家', en: 'organizations' },
    period: { basis: 'as-of-report' },
    citations: [{ source: 'a', point: 'g1-2', quote: 'has increased to 127' }],
    ...changes,
  });

describe('an indicator’s quotes support its value, qualifier and period', () => {
  it('passes when the value stands in a quote as stated', () => {
    expect(indicatorClaimProblems(orgs({}), dated)).toEqual([]);
  });
  it('fails on a value its quotes do not state, whatever the quote', () => {
    expect(indicatorClaimProblems(orgs({ value: 999 }), dated)).toEqual([
      expect.objectContaining({ where: 'value', problem: expect.stringMatching(/999 occurs in none/) }),
    ]);
  });
  it('fails on a qualifier the quote does not give ("over 35,000" is not "35,000")', () => {
    const over = [{ source: 'a', point: 'g1-3', quote: 'with over 35,000 foreign companies' }];
    expect(indicatorClaimProblems(orgs({ value: 35000, citations: over }), dated)).toEqual([
      expect.objectContaining({ where: 'qualifier' }),
    ]);
    expect(indicatorClaimProblems(orgs({ value: 35000, qualifier: 'over', citations: over }), dated)).toEqual([]);
  });
  it('fails on words ("nearly doubled") its quotes do not use', () => {
    const data = orgs({ value: undefined, statedAs: { zh: '接近翻番', en: 'nearly tripled' } });
    expect(indicatorClaimProblems(data, dated).map((problem) => problem.where)).toEqual(['statedAs.en']);
  });
  it('fails on a stated period whose words are not quoted, and on "as of the report" with no dated document', () => {
    const stated = orgs({
      period: {
        basis: 'stated',
        text: { zh: '“十四五”时期', en: '14th Five-Year Plan period' },
        quote: '14th Five-Year Plan',
      },
    });
    expect(indicatorClaimProblems(stated, dated).map((problem) => problem.where)).toEqual(['period.quote']);
    const undated = orgs({ citations: [{ source: 'b', point: 'g1-2', quote: 'increased to 127' }] });
    expect(indicatorClaimProblems(undated, dated).map((problem) => problem.where)).toEqual(['period.basis']);
    const site = orgs({ period: { basis: 'site', text: { zh: '某时期', en: 'some period' } } });
    expect(indicatorClaimProblems(site, dated).map((problem) => problem.where)).toEqual(['period.reason']);
  });
  it('calls a period stated only when its quote states it: the period shown is the quote’s own words', () => {
    const citations = [{ source: 'a', point: 'g1-2', quote: 'ranked 6th in the "City Index 2025," keeping 127' }];
    const shown = (en: string) =>
      orgs({ citations, period: { basis: 'stated', text: { zh: '某时期', en }, quote: 'City Index 2025' } });
    // The quote names the index; "up to the 2025 index" is the site's reading of it, not the source's words.
    expect(indicatorClaimProblems(shown('up to the 2025 index'), dated)).toEqual([
      expect.objectContaining({ where: 'period.text.en', problem: expect.stringMatching(/not what the quote/) }),
    ]);
    expect(indicatorClaimProblems(shown('2025 index'), dated).map((problem) => problem.where)).toEqual([
      'period.text.en',
    ]);
    expect(indicatorClaimProblems(shown('City Index 2025'), dated)).toEqual([]);
    expect(indicatorClaimProblems(shown('"city index" 2025'), dated)).toEqual([]);
  });
  it('gives a period a machine-readable start or end only as its quote states it, or as the site reads it', () => {
    const citations = [{ source: 'a', point: 'g1-2', quote: 'ranked 6th in the "City Index 2025," keeping 127' }];
    const text = { zh: '某时期', en: 'City Index 2025' };
    const stated = (bounds: object) =>
      orgs({ citations, period: { basis: 'stated', text, quote: 'City Index 2025', ...bounds } });
    expect(indicatorClaimProblems(stated({ start: '2025', end: '2025' }), dated)).toEqual([]);
    expect(indicatorClaimProblems(stated({ start: '2021', end: '2025' }), dated)).toEqual([
      expect.objectContaining({
        where: 'period.start',
        problem: expect.stringMatching(/2021 is not in the period's quote/),
      }),
    ]);
    // The source states no period: nothing for period_start to hold.
    expect(indicatorClaimProblems(orgs({ period: { basis: 'as-of-report', end: '2025' } }), dated)).toEqual([
      expect.objectContaining({ where: 'period.end', problem: expect.stringMatching(/source states no period/) }),
    ]);
    const reason = { zh: '理由', en: 'a reason' };
    const site = (bounds: object) => orgs({ period: { basis: 'site', text, reason, ...bounds } });
    expect(indicatorClaimProblems(site({ start: '2021', end: '2025' }), dated)).toEqual([]);
    expect(indicatorClaimProblems(site({ start: '2025-03', end: '2021' }), dated)).toEqual([
      expect.objectContaining({ where: 'period.end', problem: expect.stringMatching(/before it starts/) }),
    ]);
  });
});

describe('an event’s date has the provenance it claims', () => {
  const guidelines = (changes: Record<string, unknown>) =>
    event.parse({
      title: { zh: '指引', en: 'Guidelines' },
      date: '2025-03',
      dateBasis: 'deadline',
      dateQuote: 'by March 2025',
      plan: '14th',
      summary: { zh: '摘要', en: 'Summary' },
      citations: [{ source: 'a', point: 'core-1', quote: 'is set to implement the Guidelines by March 2025' }],
      ...changes,
    });
  it('passes a deadline quoted from the source', () => {
    expect(eventDateProblems(guidelines({}), dated)).toEqual([]);
  });
  it('fails on a date with no quote, a quote the citations lack, or a year the quote does not give', () => {
    expect(eventDateProblems(guidelines({ dateQuote: undefined }), dated).map((p) => p.where)).toEqual(['dateQuote']);
    expect(eventDateProblems(guidelines({ dateQuote: 'in March 2025' }), dated).map((p) => p.where)).toEqual([
      'dateQuote',
    ]);
    expect(eventDateProblems(guidelines({ date: '2024-03' }), dated).map((p) => p.where)).toEqual(['date']);
  });
  it('fails on a report date that is not the cited document’s, and on site years with no note', () => {
    expect(
      eventDateProblems(guidelines({ dateBasis: 'report-date', dateQuote: undefined, date: '2025-10-17' }), dated).map(
        (p) => p.where,
      ),
    ).toEqual(['date']);
    expect(
      eventDateProblems(guidelines({ dateBasis: 'site', dateQuote: undefined }), dated).map((p) => p.where),
    ).toEqual(['notes']);
  });
});

describe('names and renderings', () => {
  it('refuses a rendering the glossary rules out (医疗保险 for “healthcare”)', () => {
    const healthcare = glossaryTerm.parse({
      title: { zh: '医疗', en: 'healthcare' },
      sourceWording: 'healthcare',
      status: 'certain',
      avoid: [{ zh: '医疗保险', reason: { zh: '来源未提到保险。', en: 'the source does not mention insurance.' } }],
      citations: [{ source: 'a', point: 'g3-1', quote: 'healthcare' }],
    });
    const problems: SourceInputError[] = [];
    avoidedRenderingProblems(
      [{ file: 'g.yaml', data: healthcare }],
      [
        { file: 't.yaml', where: 'points.g3-1', text: '社会保障和医疗保险业务网上办理' },
        { file: 't.yaml', where: 'points.g3-2', text: '社会保障和医疗业务网上办理' },
      ],
      (problem) => problems.push(problem),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^t\.yaml \(points\.g3-1\): "医疗保险"/),
    ]);
  });
  it('refuses one name with two statuses', () => {
    const problems: SourceInputError[] = [];
    nameStatusProblems(
      [
        { file: 'places/m.yaml', zh: '长城博物馆', en: 'Great Wall Museum', status: 'certain' },
        { file: 'glossary/m.yaml', zh: '长城博物馆', en: 'Great Wall Museum', status: 'identified' },
      ],
      (problem) => problems.push(problem),
    );
    expect(problems).toHaveLength(1);
  });
});

describe('the validation stage on a changed copy of the real content', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-'));
    copies.push(root);
    for (const entry of ['seeds', 'src/content']) cpSync(entry, join(root, entry), { recursive: true });
    return root;
  };
  const messages = (root: string) => checkSiteContent(root).problems.map((problem) => problem.message);

  it('has no problem before the change (so a problem below comes from the change)', () => {
    expect(messages(copy())).toEqual([]);
  });

  it('reports an indicator whose value no quote states, naming the file', () => {
    const root = copy();
    const directory = join(root, 'src/content/indicators');
    const name = readdirSync(directory).find((file) => parseYaml(readFileSync(join(directory, file), 'utf8')).value);
    const file = join(directory, name!);
    const data = parseYaml(readFileSync(file, 'utf8'));
    data.value = data.value * 10 + 7;
    writeFileSync(file, stringifyYaml(data));
    expect(messages(root)).toEqual([
      expect.stringContaining(`src/content/indicators/${name} (value): the value ${data.value} occurs in none`),
    ]);
  });

  it('reports a translation that restates a point’s figure in full-width digits plus one', () => {
    const root = copy();
    const directory = join(root, 'src/content/source-translations');
    // The first translated point with a figure, in whichever document has one (a document just
    // added has no translations yet).
    const [file, data, id, text] = readdirSync(directory)
      .map((name) => join(directory, name))
      .flatMap((path) => {
        const translation = parseYaml(readFileSync(path, 'utf8'));
        return Object.entries((translation.points ?? {}) as Record<string, string | null>)
          .filter(([, zh]) => typeof zh === 'string' && /\d{2,}/.test(zh))
          .map(([point, zh]) => [path, translation, point, zh as string] as const);
      })[0];
    const fullWidth = text.replace(/\d+/, (digits) =>
      String(Number(digits) + 1).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit))),
    );
    data.points[id] = fullWidth;
    writeFileSync(file, stringifyYaml(data));
    expect(messages(root)).toEqual([expect.stringMatching(new RegExp(`\\(points\\.${id}\\): the translation states`))]);
  });
});
