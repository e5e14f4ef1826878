/**
 * What `npm run add-source` does with a new seed file, as a pure plan: which documents it
 * registers (with a proposed slug), or why it refuses. scripts/add-source.ts reads and writes
 * the files; this module decides.
 */
import { stringify } from 'yaml';
import { SourceInputError } from '../errors';
import { comparableText } from '../text/policy';
import type { SeedDocument, SeedFile } from './parse';
import { readableSlug } from './slug';

export interface ExistingSeed {
  /** Path relative to the project, e.g. `seeds/000_x.txt`. */
  file: string;
  bytes: Uint8Array;
}

export interface KnownDocument {
  title: string;
  file: string;
  line: number;
}

export interface NewSourceMetadata {
  slug: string;
  title: string;
  titleEn: null;
  outlet: null;
  published: string | null;
}

export interface AddSourcePlan {
  /** Where the seed is copied, relative to the project. */
  target: string;
  documents: { document: SeedDocument; metadata: NewSourceMetadata }[];
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/**
 * A proposed URL slug for a new document: readable, from the pinyin of its Chinese title
 * (src/lib/seeds/slug.ts), with its date when another document has that slug. Once an editor
 * has written titleEn, `npm run rename -- sources <slug>` proposes one from the English title.
 */
export function proposeSlug(title: string, published: string | null, taken: ReadonlySet<string>): string {
  return readableSlug(title, null, taken, [], 'document', published);
}

/**
 * Plans the registration of a parsed seed file, or throws a SourceInputError naming the
 * existing file or document when the file or one of its titles is already in the site.
 */
export function planAddSource(input: {
  parsed: SeedFile;
  bytes: Uint8Array;
  /** The name the file will have in seeds/. */
  targetName: string;
  existingSeeds: readonly ExistingSeed[];
  knownDocuments: readonly KnownDocument[];
  takenSlugs: ReadonlySet<string>;
}): AddSourcePlan {
  const { parsed, bytes, targetName, existingSeeds, knownDocuments } = input;
  const target = `seeds/${targetName}`;
  const copy = existingSeeds.find((seed) => sameBytes(seed.bytes, bytes));
  if (copy) {
    throw new SourceInputError({
      file: parsed.file,
      problem: `this file is already in the site as ${copy.file}; nothing was changed.`,
      hint: 'each seed file is added once. To correct a document, add a new file; seeds are never edited.',
    });
  }
  if (existingSeeds.some((seed) => seed.file === target)) {
    throw new SourceInputError({
      file: parsed.file,
      problem: `${target} already exists (a different file); nothing was changed.`,
      hint: 'rename the new file (any name ending in .txt) and add it again.',
    });
  }
  const byTitle = new Map(knownDocuments.map((document) => [comparableText(document.title), document]));
  for (const document of parsed.documents) {
    const existing = byTitle.get(comparableText(document.title));
    if (existing) {
      throw new SourceInputError({
        file: parsed.file,
        where: `line ${document.line}`,
        problem: `a document titled "${document.title}" is already in the site (${existing.file} line ${existing.line}); nothing was changed.`,
        hint: 'titles identify documents: add only documents the site does not have yet.',
      });
    }
  }
  const taken = new Set(input.takenSlugs);
  const documents = parsed.documents.map((document) => {
    const published = document.byline?.date ?? null;
    const slug = proposeSlug(document.title, published, taken);
    taken.add(slug);
    const metadata: NewSourceMetadata = { slug, title: document.title, titleEn: null, outlet: null, published };
    return { document, metadata };
  });
  return { target, documents };
}

/** Strips what cannot stand in a one-line YAML comment. */
const commentText = (text: string) => text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();

/** The entries appended to src/content/sources.yaml, with a comment saying what is left to do. */
export function metadataYaml(plan: AddSourcePlan, today: string): string {
  const header =
    `\n# Added by \`npm run add-source\` on ${today} from ${plan.target}. To change a proposed slug, run\n` +
    '# `npm run rename -- sources <slug> <new>` (it moves the translation file too, and keeps a redirect once\n' +
    '# the page is published); write titleEn, the outlet (zh and en) and any notes here.\n';
  return header + stringify(plan.documents.map(({ metadata }) => metadata), { lineWidth: 0 });
}

/** A translation file to fill in: every heading and point, empty, with its English as a comment. */
export function translationSkeleton(document: SeedDocument, plan: AddSourcePlan): string {
  const lines = [
    `# The site's Chinese translation of "${commentText(document.title)}" (${plan.target}, line ${document.line}).`,
    '# Fill in each empty value; until then the Chinese page shows the English text marked "译文待补".',
    '# A translation may only state figures its English point states.',
    'headings:',
  ];
  const groups = document.sections.filter((section) => section.heading !== null);
  if (groups.length === 0) lines[lines.length - 1] = 'headings: {}';
  for (const section of groups) lines.push(`  ${section.id}: null # ${commentText(section.heading ?? '')}`);
  lines.push('points:');
  for (const point of document.sections.flatMap((section) => section.points)) {
    lines.push(`  ${point.id}: null # ${commentText(point.text)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * What the editor does next, after `npm run add-source` registered `slugs` (and, when
 * `published`, built the site and recorded their URLs): the loop of docs/adding-a-source.md,
 * each step with its command.
 */
export function addSourceNextSteps(slugs: readonly string[], published: boolean): string[] {
  const each = (command: string) => slugs.map((slug) => `${command} ${slug}`).join('; ');
  return [
    '  1. Preview: npm run dev, then /zh/sources/<slug>/ and /en/sources/<slug>/ (problems on /en/problems/).',
    `  2. Draft an entry for each pending point: ${each('npm run draft --')}.`,
    '  3. Accept each draft in src/content/drafts/<slug>.yaml: kind and slug and every empty field, or kind: unused' +
      ' with a reason; then status: accepted.',
    '  4. Translate: titleEn, outlet and notes in src/content/sources.yaml; src/content/source-translations/<slug>.yaml.',
    '  5. npm run check:content -- --strict passes when nothing is pending or untranslated.',
    published
      ? `  6. Published already: a new slug now needs a redirect (npm run rename -- sources <slug> <new> adds it); ` +
        'commit seeds/, src/content/ and urls/published.txt.'
      : `  6. Not published yet: change a slug freely (${each('npm run rename -- sources')} proposes one from ` +
        'titleEn; move src/content/drafts/<slug>.yaml to the new slug); then npm run build && npm run urls:update, ' +
        'and commit seeds/, src/content/ and urls/published.txt.',
  ];
}
