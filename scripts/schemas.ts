#!/usr/bin/env node
/**
 * npm run schemas: writes the JSON Schemas of the editors' YAML files to schemas/ (from the zod
 * schemas, src/lib/content/json-schemas.ts) and the `yaml.schemas` mapping of
 * .vscode/settings.json, so that VS Code's YAML extension (and other YAML-language-server
 * editors) complete and check every field. Commit the output; `--check` only says whether
 * the committed files are those this script writes (tests/unit/json-schemas.test.ts).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  editorSchemaMapping,
  jsonSchemaFiles,
  jsonSchemaText,
  SCHEMAS_DIRECTORY,
} from '../src/lib/content/json-schemas';

export const EDITOR_SETTINGS_FILE = '.vscode/settings.json';

/** Every file this script writes, path from the project root → text. */
export function schemaOutputs(): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const file of jsonSchemaFiles()) outputs.set(`${SCHEMAS_DIRECTORY}/${file.name}`, jsonSchemaText(file));
  const settings = { 'yaml.schemas': editorSchemaMapping(), 'yaml.validate': true, 'yaml.completion': true };
  outputs.set(EDITOR_SETTINGS_FILE, `${JSON.stringify(settings, null, 2)}\n`);
  return outputs;
}

/** The files of `root` that differ from what the script writes. */
export function staleOutputs(root: string): string[] {
  return [...schemaOutputs()]
    .filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text)
    .map(([path]) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (process.argv.includes('--check')) {
    const stale = staleOutputs(root);
    for (const path of stale)
      console.error(`${path}: not what \`npm run schemas\` writes.\n  → run \`npm run schemas\` and commit.`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const [path, text] of schemaOutputs()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
