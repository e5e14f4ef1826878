import type { z } from 'astro/zod';
import { SourceInputError } from '../errors';

/** The hint for an entry of `kind` whose fields do not fit: where its fields are described, without reading code. */
export function entryFieldsHint(kind: string): string {
  return (
    `fix the fields named above: \`npm run new -- ${kind} <slug>\` writes a template of every field of a ` +
    `${kind} entry with its description and allowed values (the schema: schemas/${kind}.schema.json).`
  );
}

/** Validates data against a schema; on failure names the file, the entry and each bad field. */
export function validateEntry<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  where?: string,
  hint = 'fix the fields named above; src/lib/content/schemas.ts describes every field.',
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields = result.error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(entry)';
      const value = valueAt(data, issue.path);
      // JSON has no Infinity or NaN: show them as numbers, not as "null".
      const written = typeof value === 'number' && !Number.isFinite(value) ? String(value) : shortJson(value);
      const shown = value === undefined ? '' : ` (got ${written})`;
      return `${path}: ${issue.message}${shown}`;
    })
    .join('; ');
  throw new SourceInputError({
    file,
    where,
    problem: `invalid entry: ${fields}.`,
    hint,
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current instanceof Date ? current.toISOString() : current;
}

/** A value as JSON for a message, cut short: an entry may hold far more than a reader needs. */
function shortJson(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    return '(a value too large to show)';
  }
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}
