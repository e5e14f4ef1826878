import type { APIRoute } from 'astro';
import { getCoverage } from '../../registry';
import { SourceInputError } from '../../lib/checks/errors';
import { UNUSED_POINTS_FILE } from '../../loaders';

/**
 * Point coverage, published as data and enforced here: the build stops if any seed point is
 * neither cited by an entry nor listed as unused with a reason.
 */
export const GET: APIRoute = async () => {
  const coverage = await getCoverage();
  const list = (references: { source: string; point: string }[]) =>
    references.map(({ source, point }) => `${source} ${point}`).join(', ');
  if (coverage.silent.length > 0) {
    throw new SourceInputError({
      file: UNUSED_POINTS_FILE,
      problem: `${coverage.silent.length} seed point(s) are neither cited nor listed as unused: ${list(coverage.silent)}.`,
      hint: 'cite each point from a knowledge entry, or list it in this file with a reason.',
    });
  }
  if (coverage.citedButListedUnused.length > 0) {
    throw new SourceInputError({
      file: UNUSED_POINTS_FILE,
      problem: `listed as unused but cited by an entry: ${list(coverage.citedButListedUnused)}.`,
      hint: 'remove these points from the unused list.',
    });
  }
  console.info(
    `[coverage] ${coverage.cited.length} of ${coverage.total} seed points cited; ${coverage.listedUnused.length} listed as unused with a reason.`,
  );
  return new Response(JSON.stringify(coverage, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
