/**
 * Qualifier words are read as words in their context: next to the figure they qualify, and not
 * inside another word. Natural Chinese sentences, the kind a translator writes.
 */
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/lib/text/figures';
import { translationProblem } from '../../src/lib/content/translations';

const qualifiers = (text: string) => figuresIn(text).map((figure) => [figure.value, figure.qualifier]);

describe('qualifiers in their context', () => {
  it('reads a qualifier before or after its figure', () => {
    expect(qualifiers('外资企业超过3.5万家')).toEqual([[35000, 'over']]);
    expect(qualifiers('约3万人参加了活动')).toEqual([[30000, 'about']]);
    expect(qualifiers('服务外籍人士3万人以上')).toEqual([[30000, 'over']]);
    expect(qualifiers('建成国际人才社区300家左右')).toEqual([[300, 'about']]);
    expect(qualifiers('落户企业一千余家')).toEqual([[1000, 'over']]);
    expect(qualifiers('至少5个国际组织')).toEqual([[5, 'at-least']]);
    expect(qualifiers('nearly 130 organizations, 35,000 or more firms')).toEqual([
      [130, 'nearly'],
      [35000, 'at-least'],
    ]);
  });
  it('reads no qualifier inside another word or in another role', () => {
    // 预约 "make an appointment", 上下班 "commute", 以上所述 "the above", 合约 "a contract".
    expect(qualifiers('外籍人士可在线预约3次参观')).toEqual([[3, 'as-stated']]);
    expect(qualifiers('每天有3万人上下班')).toEqual([[30000, 'as-stated']]);
    expect(qualifiers('以上所述5项措施已经落实')).toEqual([[5, 'as-stated']]);
    expect(qualifiers('双方签订合约3份')).toEqual([[3, 'as-stated']]);
    expect(qualifiers('以上3项服务均免费')).toEqual([[3, 'as-stated']]);
    expect(qualifiers('带动上下游企业200家')).toEqual([[200, 'as-stated']]);
  });
  it('says where a figure stands', () => {
    expect(figuresIn('北京市的国际组织增至一百二十八家，居全国前列')[0]).toMatchObject({
      value: 128,
      context: expect.stringContaining('增至一百二十八家'),
    });
  });
});

describe('a natural translation passes; an added qualifier is named with its word', () => {
  it('passes realistic translations whose words only look like qualifiers', () => {
    const cases: [string, string][] = [
      [
        'Foreign visitors can book up to 3 visits online through the service platform',
        '外籍访客可通过服务平台在线预约3次参观',
      ],
      ['About 30,000 people commute to the zone every day', '每天约有3万人上下班往返园区'],
      ['The above 5 measures have been implemented', '以上所述5项措施均已落实'],
      ['More than 35,000 foreign-invested enterprises', '外商投资企业3.5万家以上'],
      ['at least 5 international organizations', '不少于5个国际组织'],
    ];
    for (const [english, chinese] of cases) expect(translationProblem(english, chinese), chinese).toBeNull();
  });
  it('reads a time of day as a time, not a figure: 20:00 may be written 晚上8点', () => {
    const english =
      'Commuters can consult the station on their way to and from work, as it opens at 7:30 and closes at 20:00';
    for (const chinese of [
      '服务站早上7点半开门、晚上8点关门，方便上下班人群咨询',
      '服务站7:30开门、20时关门，上下班途中即可咨询',
    ])
      expect(translationProblem(english, chinese), chinese).toBeNull();
    expect(figuresIn(english)).toEqual([]);
    expect(figuresIn('opens at 8 am and 9:30 p.m., 3 points, a 1:30,000 map').map((figure) => figure.value)).toEqual([
      3, 1, 30000,
    ]);
    // A count is still a count: 3点建议 (three suggestions), 8小时 (eight hours).
    expect(figuresIn('提出3点建议，每天开放8小时').map((figure) => figure.value)).toEqual([3, 8]);
  });
  it('names the word and where it stands when a translation adds a qualifier', () => {
    const problem = translationProblem('The zone hosts 300 companies', '园区聚集企业300家左右');
    expect(problem).toMatch(/qualifies 300 with "左右" \(about\) in "[^"]*300家左右"/);
    expect(problem).toMatch(/states it as a plain number/);
  });
  it('names the figure and where it stands when a translation invents one', () => {
    expect(translationProblem('increased to 127', '国际组织增至128家')).toMatch(
      /states 128 \("128" in "国际组织增至128家"\)/,
    );
  });
});
