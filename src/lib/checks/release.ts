/**
 * The release gate: a release build (`node scripts/build.mjs --release`, or `RELEASE=1`) refuses
 * what a preview may leave unset: a placeholder origin, no publisher, no contact. A preview (and
 * CI, which builds previews) only warns. Pure: the build passes the settings in.
 */
import { SourceInputError } from '../errors';
import { resolveSiteOrigin } from '../urls/urls';
import type { SiteConfig } from '../../site.config';

const CONFIG_FILE = 'src/site.config.ts';

/**
 * Host names reserved for examples and tests (RFC 2606, RFC 6761): example.org and its kin,
 * `.example`, `.test`, `.invalid`, `localhost`. No public site lives there.
 */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost)$/i;

/** Whether a host name is one reserved for examples, tests or the local machine. */
export function isPlaceholderHost(host: string): boolean {
  return PLACEHOLDER_HOST.test(host.replace(/\.$/, ''));
}

/** Whether this build is a release: `--release`, or `RELEASE` set to 1 or true. `CI` alone is not. */
export function isReleaseBuild(
  flags: { release?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return flags.release === true || /^(1|true|yes)$/i.test(env.RELEASE ?? '');
}

/**
 * Every setting a release may not leave as a placeholder, each naming the field and what to set:
 * the origin (`SITE_URL`, else `origin`), `publisher` and `contact`. Empty when all are set.
 */
export function releaseProblems(config: SiteConfig, siteUrl: string | undefined): SourceInputError[] {
  const problems: SourceInputError[] = [];
  const fromEnv = siteUrl !== undefined && siteUrl.trim() !== '';
  const origin = resolveSiteOrigin(fromEnv ? siteUrl : config.origin, fromEnv ? 'SITE_URL' : 'origin');
  if (origin.isPlaceholder || isPlaceholderHost(new URL(origin.href).hostname)) {
    problems.push(
      new SourceInputError({
        file: fromEnv ? 'SITE_URL' : CONFIG_FILE,
        where: fromEnv ? undefined : 'origin',
        problem: `the site's origin is the placeholder ${origin.href}: every link and citation would point there.`,
        hint: `set SITE_URL to the public origin (SITE_URL=https://your-domain/ or https://your-domain/path/), or set origin in ${CONFIG_FILE}.`,
      }),
    );
  }
  if (config.publisher === null) {
    problems.push(
      new SourceInputError({
        file: CONFIG_FILE,
        where: 'publisher',
        problem: 'the publisher is not yet set: the footer, About and every citation would say "not yet set".',
        hint: "set publisher to the person or organisation responsible for the site, in both languages: { zh: '…', en: '…' }.",
      }),
    );
  }
  const contactHost = config.contact?.includes('@') ? config.contact.split('@').pop()! : undefined;
  const contactUrlHost = config.contact && URL.canParse(config.contact) ? new URL(config.contact).hostname : undefined;
  const contactHostShown = contactHost ?? contactUrlHost;
  if (config.contact === null || (contactHostShown !== undefined && isPlaceholderHost(contactHostShown))) {
    problems.push(
      new SourceInputError({
        file: CONFIG_FILE,
        where: 'contact',
        problem:
          config.contact === null
            ? 'the contact is not yet set: readers could not reach the publisher.'
            : `the contact ${config.contact} is a placeholder address.`,
        hint: 'set contact to an email address or an https:// URL where readers reach the publisher.',
      }),
    );
  }
  return problems;
}

/** The refusal a release build prints: every problem, then what a preview build does instead. */
export function releaseRefusal(problems: readonly SourceInputError[]): string {
  return (
    `A release build refuses placeholder settings (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):\n\n` +
    `${problems.map((problem) => problem.message).join('\n\n')}\n\n` +
    'Build without --release (and without RELEASE=1) for a preview: pages then say they are a preview.'
  );
}
