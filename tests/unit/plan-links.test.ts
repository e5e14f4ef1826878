/**
 * A statistic linked to a plan-period event reads as a figure of that period: the validation
 * stage refuses the link unless the statistic's own period or comparison names the plan.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { planLinkProblems } from '../../src/lib/checks/plan-links';
import { event, indicator } from '../../src/lib/content/schemas';
import { checkSiteContent } from '../../src/lib/read/site-content';

const citations = [{ source: 'a', point: 'g1-1', quote: 'words' }];
const planEvent = (related: Record<string, string[]>) => ({
  id: 'plan-period',
  kind: 'events' as const,
  file: 'src/content/events/plan-period.yaml',
  data: event.parse({
    title: { zh: '规划时期', en: 'Plan period' },
    date: '2021',
    endDate: '2025',
    dateBasis: 'site',
    plan: '14th',
    summary: { zh: '来源称。', en: 'The source says.' },
    related,
    citations,
  }),
});
const statistic = (id: string, period: Record<string, unknown>, related: Record<string, string[]> = {}) => ({
  id,
  kind: 'indicators' as const,
  file: `src/content/indicators/${id}.yaml`,
  data: indicator.parse({
    title: { zh: '数据', en: 'A figure' },
    value: 15,
    unit: { zh: '场', en: 'events' },
    period,
    related,
    citations,
  }),
});
const inPlan = {
  basis: 'site',
  text: { zh: '“十四五”时期', en: '14th Five-Year Plan period' },
  reason: { zh: '来源', en: 'The source' },
};

describe('a plan-period event relates only statistics of that plan', () => {
  it('refuses a figure as of the report or with no period, from either side of the link', () => {
    const problems = planLinkProblems({
      events: [planEvent({ indicators: ['as-of-report'] })],
      indicators: [
        statistic('as-of-report', { basis: 'as-of-report' }),
        statistic('not-stated', { basis: 'not-stated' }, { events: ['plan-period'] }),
      ],
    });
    expect(problems.map(({ file, where }) => [file, where])).toEqual([
      ['src/content/events/plan-period.yaml', 'related.indicators'],
      ['src/content/indicators/not-stated.yaml', 'related.events'],
    ]);
    expect(problems[0].problem).toContain('"as-of-report"');
    expect(problems[0].problem).toContain('14th Five-Year Plan');
  });
  it('accepts a statistic whose period is the plan', () => {
    const problems = planLinkProblems({
      events: [planEvent({ indicators: ['in-plan'] })],
      indicators: [statistic('in-plan', inPlan)],
    });
    expect(problems).toEqual([]);
  });
  it('leaves alone an event that is not a period (a year the site adds to an undated report)', () => {
    const year = planEvent({ indicators: ['as-of-report'] });
    const { endDate: _ignored, ...single } = year.data;
    const problems = planLinkProblems({
      events: [{ ...year, data: single }],
      indicators: [statistic('as-of-report', { basis: 'as-of-report' })],
    });
    expect(problems).toEqual([]);
  });
});

describe('the validation stage on a copy of the real content', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const entry of ['seeds', 'src/content']) cpSync(entry, join(root, entry), { recursive: true });
  it('refuses a plan-period event linked to a statistic of no period, naming the file', () => {
    const indicatorsDir = join(root, 'src/content/indicators');
    const eventsDir = join(root, 'src/content/events');
    const read = (dir: string, name: string) => parseYaml(readFileSync(join(dir, name), 'utf8'));
    const noPeriod = readdirSync(indicatorsDir).find((name) => read(indicatorsDir, name).period.basis !== 'site')!;
    const planFile = readdirSync(eventsDir).find((name) => {
      const data = read(eventsDir, name);
      return data.dateBasis === 'site' && data.endDate;
    })!;
    const plan = read(eventsDir, planFile);
    plan.related = {
      ...plan.related,
      indicators: [...(plan.related?.indicators ?? []), noPeriod.replace(/\.yaml$/, '')],
    };
    expect(
      checkSiteContent(root).problems.filter((problem) => problem.message.includes('do not name that plan')),
    ).toEqual([]);
    writeFileSync(join(eventsDir, planFile), stringifyYaml(plan));
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages.filter((message) => message.includes('do not name that plan'))).toEqual([
      expect.stringContaining(`src/content/events/${planFile}`),
    ]);
  });
});
