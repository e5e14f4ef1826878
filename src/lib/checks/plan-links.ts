/**
 * A link is a claim too. A timeline event the site dates by a plan's years stands for that plan
 * period; a statistic shown under it reads as a figure of that period. So a plan-period event
 * relates a statistic (in either entry's `related`) only where the statistic's own period or
 * comparison names that plan: a figure "as of the report" or "period not stated" is not linked
 * to a plan period its page does not give. A figure whose growth is measured against the plan
 * (its page charts it from there) names it too.
 */
import type { EntriesByKind } from '../content/entries';
import type { Indicator, TimelineEvent } from '../content/schemas';

export interface PlanLinkProblem {
  file: string;
  where: string;
  problem: string;
  hint: string;
}

/** The plan's English name as the site writes it in periods and comparisons ("14th Five-Year Plan"). */
const planName = (plan: TimelineEvent['plan']) => `${plan} Five-Year Plan`;

/** Does the statistic place its figure in, or measure it against, the plan (itself, or a growth of it)? */
function namesPlan(id: string, all: readonly { id: string; data: Indicator }[], plan: TimelineEvent['plan']): boolean {
  const said = all.flatMap(({ id: other, data }) => [
    ...(other === id ? [data.period.text?.en, data.comparison?.against.en] : []),
    ...(data.comparison?.of === id ? [data.comparison.against.en] : []),
  ]);
  return said.some((text) => text?.includes(planName(plan)));
}

export function planLinkProblems(entries: Pick<EntriesByKind, 'events' | 'indicators'>): PlanLinkProblem[] {
  const problems: PlanLinkProblem[] = [];
  const indicators = new Map(entries.indicators.map((entry) => [entry.id, entry]));
  for (const event of entries.events) {
    // A plan period: a span whose years the site gives (a year it adds to an undated report is not one).
    if (event.data.dateBasis !== 'site' || event.data.endDate === undefined) continue;
    const plan = event.data.plan;
    const linked = [
      ...event.data.related.indicators.map((id) => ({ id, file: event.file, where: 'related.indicators' })),
      ...entries.indicators
        .filter((entry) => entry.data.related.events.includes(event.id))
        .map((entry) => ({ id: entry.id, file: entry.file, where: 'related.events' })),
    ];
    for (const { id, file, where } of linked) {
      if (!indicators.has(id) || namesPlan(id, entries.indicators, plan)) continue;
      problems.push({
        file,
        where,
        problem:
          `the statistic "${id}" is linked to the event "${event.id}" (the ${planName(plan)} period, dated by the site), ` +
          `but its own period and comparison do not name that plan: the link would show it as a figure of that period.`,
        hint: `remove the link, or give the statistic the period its quote states (or the site's reading, marked) if it names the ${planName(plan)}.`,
      });
    }
  }
  return problems;
}
