/**
 * The build's first stage: runs the validation stage (src/lib/read/site-content.ts) on the
 * project, prints every problem it finds (all of them, in one run) and the editorial summary.
 * Returns whether the build may go on. With `handOver`, the checked content is handed to the
 * Astro build this process starts next (src/lib/read/checked-content.ts), so that it is not
 * read and checked again.
 */
import { tsImport } from 'tsx/esm/api';

export async function runContentCheck({ root = process.cwd(), strict = false, handOver = false } = {}) {
  const { checkSiteContent, editorialSummary } = await tsImport('../../src/lib/read/site-content.ts', import.meta.url);
  const { content, problems } = checkSiteContent(root, { strict });
  for (const line of editorialSummary(content)) console.info(line);
  if (problems.length === 0) {
    if (handOver) {
      const { handOverCheckedContent } = await tsImport('../../src/lib/read/checked-content.ts', import.meta.url);
      handOverCheckedContent(root, content);
    }
    return true;
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  console.error(
    `\n${count} in the site's content${strict ? ' (strict: pending and untranslated work counts)' : ''}:\n`,
  );
  for (const problem of problems) console.error(`${problem.message}\n`);
  return false;
}
