/**
 * Imports the project's TypeScript modules from plain-JavaScript scripts, through tsx. One
 * namespace for the whole process: each module is loaded once and shared by every import
 * (tsImport gives each call a namespace of its own, so a module two calls import, and all it
 * imports, was loaded and run twice).
 */
import { register } from 'tsx/esm/api';

const project = register({ namespace: 'project-scripts' });

/**
 * `import()` of a TypeScript module, relative to `parentUrl` (the caller's import.meta.url).
 * @param {string} specifier @param {string} parentUrl
 */
export function importTypeScript(specifier, parentUrl) {
  return project.import(specifier, parentUrl);
}
