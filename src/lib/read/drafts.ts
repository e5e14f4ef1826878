/**
 * The drafts (src/content/drafts/<source>.yaml, written by `npm run draft`): each is checked like
 * the entry it proposes (its quote stands in its point, its links land), and publishes nothing
 * while its status is `draft`; `npm run dev` shows it marked as a draft. An `accepted` draft
 * becomes an entry of its kind, and is refused, field by field, while any field is empty; an
 * accepted draft of kind `unused` sets its point aside with its `entry.reason`, as a line of
 * src/content/unused-points.yaml would, without the editor typing the source or point.
 */
import { join } from 'node:path';
import { CURATED_KINDS, type CuratedKind } from '../content/kinds';
import type { CuratedEntry, EntriesByKind, UnusedPoint } from '../content/entries';
import { DRAFTS_DIRECTORY, draftsFile, type Draft } from '../content/drafts';
import { ENTRY_SCHEMAS, type Citation } from '../content/schemas';
import { localized } from '../content/primitives';
import { ProblemCollector, SourceInputError } from '../errors';
import { citationProblem, type SourcesBySlug } from '../checks/provenance';
import { entryFieldsHint, validateEntry } from '../checks/validate';
import { readYaml, yamlFilesIn } from './yaml';

/** A draft waiting for the editor, with the file it is in. */
export interface PendingDraft extends Draft {
  source: string;
  file: string;
}

/** Every field of `value` left empty (null or ''), as paths: entry.title.zh… */
function emptyFields(value: unknown, path: string): string[] {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => emptyFields(item, `${path}.${index}`));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => emptyFields(item, `${path}.${key}`));
  return [];
}

/** The drafts of every document: those waiting, and what the accepted ones set aside. */
export interface ReadDrafts {
  pending: PendingDraft[];
  /** Accepted drafts of kind `unused`: their points, set aside with the editor's reason. */
  unused: UnusedPoint[];
}

/** Reports each empty field of an accepted draft; true when there is none. */
function allWritten(empty: string[], file: string, where: string, collector: ProblemCollector): boolean {
  for (const field of empty) {
    collector.report(
      new SourceInputError({
        file,
        where: `${where}, ${field}`,
        problem: 'empty in an accepted draft: an accepted draft is published as an entry, every field written.',
        hint: `write ${field}, remove it if the kind has no such field, or set status back to draft.`,
      }),
    );
  }
  return empty.length === 0;
}

/** An accepted draft of kind `unused` as the point it sets aside, or null while its reason is not written. */
function acceptedUnused(draft: Draft, source: string, file: string, collector: ProblemCollector): UnusedPoint | null {
  const where = `point ${draft.point}`;
  const reason = draft.entry.reason ?? { zh: null, en: null };
  if (!allWritten(emptyFields(reason, 'entry.reason'), file, where, collector)) return null;
  const data = collector.attempt(() => validateEntry(localized, reason, file, `${where}, entry.reason`));
  return data === undefined ? null : { source, point: draft.point, reason: data };
}

/** An accepted draft as an entry of its kind, or the problems that keep it a draft. */
function acceptedEntry(draft: Draft, file: string, where: string, collector: ProblemCollector): CuratedEntry | null {
  const empty = [
    ...(draft.kind === null ? ['kind'] : []),
    ...(draft.slug === null ? ['slug'] : []),
    ...emptyFields(draft.entry, 'entry'),
  ];
  if (!allWritten(empty, file, where, collector) || draft.kind === null || draft.slug === null) return null;
  if (draft.kind === 'unused') return null;
  const kind: CuratedKind = draft.kind;
  const data = collector.attempt(() =>
    validateEntry(ENTRY_SCHEMAS[kind], draft.entry, file, `${where}, entry`, entryFieldsHint(kind)),
  );
  return data === undefined ? null : ({ kind, id: draft.slug, file, data } as CuratedEntry);
}

/** A drafts file named after no source (its source was renamed): said with the name its citations give. */
function orphanDrafts(file: string, source: string, drafts: readonly Draft[]): SourceInputError {
  const cited = drafts.flatMap((draft) => ((draft.entry.citations ?? []) as Citation[]).map((c) => c?.source));
  const named = cited.find((slug) => typeof slug === 'string' && slug !== source);
  return new SourceInputError({
    file,
    problem: `no source has the slug "${source}": a drafts file is named after its source, and its drafts wait unread.`,
    hint: named
      ? `rename it to ${DRAFTS_DIRECTORY}/${named}.yaml (its citations name that source).`
      : `rename it to ${DRAFTS_DIRECTORY}/<source slug>.yaml, or delete it.`,
  });
}

/** The drafts of every document, and the accepted ones as entries (added to `entries`). */
export function readDrafts(
  root: string,
  sourceIndex: SourcesBySlug,
  entries: EntriesByKind,
  collector: ProblemCollector,
): ReadDrafts {
  const pending: PendingDraft[] = [];
  const unused: UnusedPoint[] = [];
  for (const name of yamlFilesIn(join(root, DRAFTS_DIRECTORY))) {
    const file = `${DRAFTS_DIRECTORY}/${name}`;
    const source = name.replace(/\.yaml$/, '');
    const drafts = collector.attempt(() => validateEntry(draftsFile, readYaml(join(root, file), file) ?? [], file));
    if (!sourceIndex.has(source)) {
      collector.report(orphanDrafts(file, source, drafts ?? []));
      continue;
    }
    for (const draft of drafts ?? []) {
      const where = `point ${draft.point}`;
      for (const citation of (draft.entry.citations ?? []) as Citation[]) {
        const found = citation?.quote ? citationProblem(citation, sourceIndex) : null;
        if (found) collector.report(new SourceInputError({ file, where, ...found }));
      }
      if (draft.status === 'draft') {
        pending.push({ ...draft, source, file });
        continue;
      }
      if (draft.kind === 'unused') {
        const setAside = acceptedUnused(draft, source, file, collector);
        if (setAside) unused.push(setAside);
        continue;
      }
      const entry = acceptedEntry(draft, file, where, collector);
      if (!entry) continue;
      if (entries[entry.kind].some((other) => other.id === entry.id)) {
        collector.report(
          new SourceInputError({
            file,
            where: `${where}, slug`,
            problem: `${CURATED_KINDS[entry.kind].directory}/${entry.id}.yaml has that slug already.`,
            hint: 'give the draft another slug.',
          }),
        );
        continue;
      }
      (entries[entry.kind] as CuratedEntry[]).push(entry);
    }
  }
  return { pending, unused };
}
