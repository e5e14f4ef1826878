#!/usr/bin/env node
/**
 * npm run draft -- <source>: for each pending point of a document (cited by no entry, not set
 * aside, not drafted yet), writes the draft of the entry an editor would write to
 * src/content/drafts/<source>.yaml, prefilled with what is mechanical (src/lib/content/drafts.ts)
 * and nothing that is judgement. Drafts show in `npm run dev` (the drafts page), publish nothing,
 * and become entries when their status is `accepted` and every field is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, Document, YAMLSeq } from 'yaml';
import { DRAFTS_DIRECTORY, proposeDraft, type DraftContext } from '../src/lib/content/drafts';
import { LINK_TARGET_KINDS } from '../src/lib/content/kinds';
import { checkSiteContent } from '../src/lib/read/site-content';
import { namesToIgnore } from '../src/lib/text/figures';

const HEADER = (source: string) =>
  `# yaml-language-server: $schema=../../../schemas/drafts.schema.json\n` +
  `# Drafts of entries for the pending points of ${source} (npm run draft). For each: choose kind and slug,\n` +
  '# write every empty field, drop the fields the kind has not, then set status: accepted. A point that feeds\n' +
  '# no entry: kind: unused, entry.reason with zh and en (why), status: accepted.\n';

/** Names of existing entries that a point may mention, for its links. */
function draftContext(content: ReturnType<typeof checkSiteContent>['content']): DraftContext {
  const kinds = [...LINK_TARGET_KINDS, 'glossary'] as const;
  const names = kinds.flatMap((kind) =>
    content.entries[kind].map(({ id, data }) => ({
      kind,
      id,
      names: [
        data.title.en,
        ...data.names.en.map((other) => other.name),
        ...data.searchTerms.en,
        ...('sourceWording' in data && data.sourceWording ? [data.sourceWording] : []),
      ],
    })),
  );
  return { names, figureNames: namesToIgnore(content.entries.glossary.map((entry) => entry.data)) };
}

/** Writes the drafts of `source`'s pending points in the project at `root`; returns how many. */
export function writeDrafts(root: string, source: string): { file: string; added: string[] } {
  const { content } = checkSiteContent(root);
  const document = content.sources.find((candidate) => candidate.slug === source);
  if (!document) throw new Error(`no source "${source}": it has ${content.sources.map((s) => s.slug).join(', ')}.`);
  const file = `${DRAFTS_DIRECTORY}/${source}.yaml`;
  const path = join(root, file);
  const yaml = existsSync(path) ? parseDocument(readFileSync(path, 'utf8')) : new Document(new YAMLSeq());
  const drafted = new Set(((yaml.toJS() as { point: string }[] | null) ?? []).map((draft) => draft.point));
  const pending = new Set(content.coverage.pending.filter((item) => item.source === source).map((item) => item.point));
  const context = draftContext(content);
  const added: string[] = [];
  for (const point of document.sections.flatMap((section) => section.points)) {
    if (!pending.has(point.id) || drafted.has(point.id)) continue;
    const node = yaml.createNode(proposeDraft(source, point, context));
    node.commentBefore = ` ${point.id}: ${point.text.replace(/\s+/g, ' ')}`;
    (yaml.contents as YAMLSeq).items.push(node);
    added.push(point.id);
  }
  if (added.length > 0) {
    mkdirSync(join(root, DRAFTS_DIRECTORY), { recursive: true });
    const text = yaml.toString({ lineWidth: 0 });
    writeFileSync(path, text.startsWith('# yaml-language-server') ? text : HEADER(source) + text);
  }
  return { file, added };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [source, ...rest] = process.argv.slice(2);
  if (!source || rest.length > 0) {
    console.error('usage: npm run draft -- <source slug>');
    process.exit(2);
  }
  try {
    const { file, added } = writeDrafts(process.cwd(), source);
    if (added.length === 0) console.log(`no pending point of ${source} without a draft.`);
    else
      console.log(
        `wrote ${added.length} draft(s) to ${file}: ${added.join(', ')}.\nsee them in npm run dev (/en/drafts/); accept one by writing its empty fields and status: accepted.`,
      );
  } catch (error) {
    console.error(`npm run draft: ${(error as Error).message}`);
    process.exit(1);
  }
}
