/**
 * `npm run new -- <kind> <slug>`: a commented template of a curated kind's YAML file, written
 * from the kind's JSON Schema (src/lib/content/json-schemas.ts), so that its fields, their
 * descriptions and their allowed values are those the validation stage checks. Required fields
 * are written with empty values to fill in; optional ones as comments to uncomment.
 */
import { CURATED_KIND_IDS, CURATED_KINDS, RESERVED_SLUGS, type CuratedKind } from './kinds';
import { jsonSchemaFiles, SCHEMAS_DIRECTORY } from './json-schemas';
import { SLUG } from './schemas';

type JsonSchema = {
  type?: string;
  description?: string;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
};

/** The words of a field's comment: its description and, for a choice, its allowed values. */
function commentOf(schema: JsonSchema, indent: string): string[] {
  const choice = schema.enum ?? schema.anyOf?.find((option) => option.enum)?.enum;
  const words = [schema.description, choice ? `Allowed: ${choice.join(' | ')}.` : undefined].filter(Boolean);
  return words.map((text) => `${indent}# ${text}`);
}

/** The object a field holds, when it holds one (directly, or as the non-null option). */
function objectOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  return schema.anyOf?.find((option) => option.properties);
}

/** A field and what it holds, with its comment; `optional` fields are written commented out. */
function fieldLines(name: string, schema: JsonSchema, indent: string, optional: boolean): string[] {
  const mark = optional ? '# ' : '';
  const lines = commentOf(schema, indent);
  const object = objectOf(schema);
  if (schema.type === 'array' && schema.items?.properties) {
    lines.push(`${indent}${mark}${name}:`);
    const [first, ...rest] = objectLines(schema.items, `${indent}    `, optional);
    lines.push(first.replace(`${indent}    ${mark}`, `${indent}  ${mark}- `), ...rest);
    return lines;
  }
  if (object && (!optional || indent === '')) {
    lines.push(`${indent}${mark}${name}:`, ...objectLines(object, `${indent}  `, optional));
    return lines;
  }
  lines.push(`${indent}${mark}${name}:${schema.type === 'array' ? ' []' : ''}`);
  return lines;
}

function objectLines(schema: JsonSchema, indent: string, optional: boolean): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) =>
    fieldLines(name, field, indent, optional || !required.has(name)),
  );
}

/** Why `slug` cannot name a new entry of `kind`, or null when it can. */
export function newEntryProblem(kind: string, slug: string): string | null {
  if (!(CURATED_KIND_IDS as string[]).includes(kind)) {
    return `"${kind}" is not a kind of entry: use one of ${CURATED_KIND_IDS.join(', ')}.`;
  }
  if (!SLUG.test(slug)) {
    return `"${slug}" cannot be a URL slug: use lowercase ASCII words joined by "-", e.g. fourth-embassy-district.`;
  }
  if (RESERVED_SLUGS.includes(slug)) return `"${slug}" is where list groups live: choose another slug.`;
  return null;
}

/** The template's text for a new entry of `kind`. */
export function entryTemplate(kind: CuratedKind): string {
  const file = jsonSchemaFiles().find((candidate) => candidate.name === `${kind}.schema.json`)!;
  const depth = CURATED_KINDS[kind].directory.split('/').length;
  return [
    `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMAS_DIRECTORY}/${file.name}`,
    `# A new ${kind} entry. Fill in every field; uncomment the optional ones you need.`,
    '# Check it with `npm run check:content` (or watch it in `npm run dev`).',
    ...objectLines(file.schema as JsonSchema, '', false),
    '',
  ].join('\n');
}
