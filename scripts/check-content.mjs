#!/usr/bin/env node
/**
 * npm run check:content [-- --strict]: the build's validation stage alone, without building.
 * With --strict it also refuses pending points and missing translations: .ci/run runs it so
 * that main stays fully curated, while `npm test` (which tests the mechanisms) passes with
 * pending work.
 */
import { parseArgs } from 'node:util';
import { runContentCheck } from './lib/content-check.mjs';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
process.exit((await runContentCheck({ strict: values.strict })) ? 0 : 1);
