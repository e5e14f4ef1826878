/**
 * The build's first stage: runs the validation stage (src/lib/read/site-content.ts) on the
 * project, prints every problem it finds (all of them, in one run) and the editorial summary.
 * Returns whether the build may go on. Checked content without problems is written for the
 * Astro build (or dev server) that comes next (src/lib/read/checked-content.ts), so that it is
 * not read and checked again while its inputs are unchanged.
 */
import { importTypeScript } from './typescript.mjs';

export async function runContentCheck({ root = process.cwd(), strict = false } = {}) {
  const { checkSiteContent } = await importTypeScript('../../src/lib/read/site-content.ts', import.meta.url);
  const { editorialSummary } = await importTypeScript('../../src/lib/checks/editorial.ts', import.meta.url);
  const { inputsFingerprint, writeCheckedContent } = await importTypeScript(
    '../../src/lib/read/checked-content.ts',
    import.meta.url,
  );
  // Taken before reading: an input changed while the stage reads makes the file stale, not wrong.
  const inputs = inputsFingerprint(root);
  const { content, problems } = checkSiteContent(root, { strict });
  for (const line of editorialSummary(content)) console.info(line);
  if (problems.length === 0) {
    writeCheckedContent(root, content, inputs);
    return true;
  }
  const { problemsReport } = await importTypeScript('../../src/lib/errors.ts', import.meta.url);
  console.error(`\n${problemsReport(problems, { strict })}`);
  return false;
}
