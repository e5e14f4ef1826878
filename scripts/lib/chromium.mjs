/**
 * How every tool of the project starts Debian's Chromium: tests, the audit and the benchmarks.
 * The flags keep it from calling out to any network service (this machine has none to reach).
 */
import { existsSync } from 'node:fs';

/** Debian's Chromium (package chromium): screenshots, the audit and the benchmarks' figures. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/**
 * The browser the automated tests drive: Debian's headless build of the same Chromium (package
 * chromium-headless-shell, the one Playwright runs headless tests in), which loads a page for
 * about half the CPU and opens a fresh context for a third (benchmarks/tests.md). Where it is
 * not installed, the full Chromium: the same engine, slower. CHROMIUM_PATH overrides both.
 */
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH);

export const OFFLINE_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
