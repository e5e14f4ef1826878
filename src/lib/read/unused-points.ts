/** The points set aside (src/content/unused-points.yaml), each with a reason, each an existing point. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UNUSED_POINTS_FILE, type UnusedPoint } from '../content/entries';
import { unusedPoint } from '../content/schemas';
import { ProblemCollector, SourceInputError } from '../errors';
import { citationProblem, type indexSources } from '../checks/provenance';
import { validateEntry } from '../checks/validate';
import { readYaml } from './yaml';

export function readUnusedPoints(
  root: string,
  sourceIndex: ReturnType<typeof indexSources>,
  collector: ProblemCollector,
): UnusedPoint[] {
  const { report } = collector;
  const unusedPoints: UnusedPoint[] = [];
  const unusedPath = join(root, UNUSED_POINTS_FILE);
  const rawUnused = existsSync(unusedPath)
    ? (collector.attempt(() => readYaml(unusedPath, UNUSED_POINTS_FILE, collector.report)) ?? [])
    : [];
  (Array.isArray(rawUnused) ? rawUnused : []).forEach((raw, index) => {
    const where = `entry ${index + 1}`;
    const entry = collector.attempt(() => validateEntry(unusedPoint, raw, UNUSED_POINTS_FILE, where));
    if (!entry) return;
    // A listed point must exist: the empty quote makes this a check of source and id only.
    const found = citationProblem({ source: entry.source, point: entry.point, quote: '' }, sourceIndex);
    if (found) report(new SourceInputError({ file: UNUSED_POINTS_FILE, where, ...found }));
    else unusedPoints.push(entry);
  });

  return unusedPoints;
}
