/**
 * The JSON Schemas editors' YAML files are checked against in VS Code and other
 * YAML-language-server editors: generated from the zod schemas, committed as the script writes
 * them, accepting every committed content file, and showing descriptions and allowed values.
 * `npm run new` writes a commented template per kind and refuses bad slugs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { jsonSchemaFiles } from '../../src/lib/content/json-schemas';
import { CURATED_KIND_IDS, CURATED_KINDS, RESERVED_SLUGS } from '../../src/lib/content/kinds';
import { entryTemplate } from '../../src/lib/content/templates';
import { staleOutputs } from '../../scripts/schemas';

const ROOT = join(import.meta.dirname, '../..');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const temporary: string[] = [];
afterAll(() => temporary.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

/** The files a schema describes, from its glob (a folder's *.yaml, or one file). */
function describedFiles(glob: string): string[] {
  if (!glob.endsWith('*.yaml')) return existsSync(join(ROOT, glob)) ? [glob] : [];
  const directory = glob.slice(0, -'/*.yaml'.length);
  if (!existsSync(join(ROOT, directory))) return [];
  return readdirSync(join(ROOT, directory))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${directory}/${name}`);
}

describe('JSON Schemas for the editor', () => {
  it('are committed exactly as `npm run schemas` writes them', () => {
    expect(staleOutputs(ROOT)).toEqual([]);
  });
  it('accept every committed content file', () => {
    for (const file of jsonSchemaFiles()) {
      const validate = ajv.compile(file.schema);
      const described = describedFiles(file.describes);
      // Drafts come and go; every other kind of file is there.
      if (file.name !== 'drafts.schema.json') expect(described.length, file.describes).toBeGreaterThan(0);
      for (const path of described) {
        const valid = validate(parseYaml(readFileSync(join(ROOT, path), 'utf8')) ?? {});
        expect(valid, `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
  });
  it('refuse a value outside the allowed ones and an unknown field, as the build does', () => {
    const events = jsonSchemaFiles().find((file) => file.name === 'events.schema.json')!;
    const validate = ajv.compile(events.schema);
    const entry = {
      title: { zh: '甲', en: 'A' },
      citations: [{ source: 'a-doc', point: 'core-1', quote: 'opened in 2025' }],
      date: '2025',
      dateBasis: 'guessed',
      plan: '14th',
      summary: { zh: '甲', en: 'A' },
      colour: 'red',
    };
    expect(validate(entry)).toBe(false);
    const errors = ajv.errorsText(validate.errors);
    expect(errors).toMatch(/dateBasis must be equal to one of the allowed values/);
    expect(errors).toMatch(/must NOT have additional properties/);
  });
  it('carry the fields’ descriptions and allowed values', () => {
    const text = JSON.stringify(jsonSchemaFiles().map((file) => file.schema));
    for (const allowed of ['as-of-report', 'report-date', 'from-name', '15th', 'programme', 'identified']) {
      expect(text).toContain(`"${allowed}"`);
    }
    const indicators = jsonSchemaFiles().find((file) => file.name === 'indicators.schema.json')!.schema as {
      properties: Record<string, { description?: string }>;
    };
    for (const field of ['title', 'citations', 'value', 'qualifier', 'period']) {
      expect(indicators.properties[field].description, field).toMatch(/\w{4}/);
    }
  });
});

describe('npm run new', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/new-entry.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  it('writes a commented template per kind that names its schema and allowed values', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
    temporary.push(root);
    for (const kind of CURATED_KIND_IDS) {
      const result = run(root, kind, 'a-new-entry');
      expect(result.status, result.stderr).toBe(0);
      const text = readFileSync(join(root, CURATED_KINDS[kind].directory, 'a-new-entry.yaml'), 'utf8');
      expect(text).toBe(entryTemplate(kind));
      expect(text).toMatch(
        new RegExp(`^# yaml-language-server: \\$schema=\\.\\./\\.\\./\\.\\./schemas/${kind}\\.schema\\.json`),
      );
      // YAML that parses, with the required fields written and the citation's three fields.
      const data = parseYaml(text) as Record<string, unknown>;
      expect(Object.keys(data)).toEqual(expect.arrayContaining(['title', 'citations']));
      expect(text).toMatch(/^ {2}- (?:# .*\n {4})*source:/m);
    }
    expect(readFileSync(join(root, 'src/content/events/a-new-entry.yaml'), 'utf8')).toMatch(
      /# Allowed: stated \| deadline \| from-name \| report-date \| site\.\ndateBasis:/,
    );
    // The file exists now: a second run refuses, and leaves it as it was.
    const again = run(root, 'events', 'a-new-entry');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/src\/content\/events\/a-new-entry\.yaml exists already/);
  });
  it('refuses an unknown kind, a slug that is no URL segment, and a reserved slug', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
    temporary.push(root);
    expect(run(root, 'widgets', 'x').stderr).toMatch(/"widgets" is not a kind of entry: use one of indicators/);
    expect(run(root, 'places', 'Bad Name').stderr).toMatch(/"Bad Name" cannot be a URL slug/);
    expect(run(root, 'places', '../escape').stderr).toMatch(/cannot be a URL slug/);
    expect(run(root, 'glossary', RESERVED_SLUGS[0]).stderr).toMatch(/where list groups live/);
    expect(readdirSync(root)).toEqual([]);
  });
});
