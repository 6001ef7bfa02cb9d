import { describeZero, misleadingPoolOptions, protocolOf, type OptionFinding } from '../advice';
import type { ZeroMeaning } from '../catalog/types';
import type { ClientSite, ProtocolKeyedPool, SiteRemark } from '../sites';
import { quoted } from './client-idle';
import { suggestion, type FileFacts, type Finding } from './types';

/** Pool options that read as one thing and do another. */
export const misleadingOptionMessages = {
  zeroUsesDefault: '`{{option}}: 0` does not turn this off: {{library}} treats 0 as unset and uses its default, {{fallback}}.',
  zeroMeansUnlimited: '`{{option}}: 0` does not mean zero: {{library}} treats 0 as {{meaning}}.',
  zeroThrows: '`{{option}}: 0` is invalid: {{library}} throws instead of using it{{when}}.',
  zeroFallsBack: '`{{option}}: 0` does not turn this off: {{library}} then applies `{{fallbackOption}}` instead{{fallbackValue}}.',
  rejectedOption: '`{{option}}` is not an option of {{label}}: {{library}} throws for it{{when}}; {{instead}}.',
  legacyOption:
    '`{{option}}` is the legacy name of `{{replacement}}` in {{library}}: it prints a deprecation warning, and it silently overrides `{{replacement}}` when both are set.',
  legacyOptionIgnored:
    '`{{option}}: {{value}}` is ignored: {{library}} reads its legacy name `{{option}}` only when it is truthy, so the default `{{replacement}}` applies.',
  poolNotKeyedByProtocol:
    '{{request}} wants `{{option}}` to be an object keyed by protocol (`{ http, https, http2 }`); given {{pool}} itself it throws ("Unexpected agent option") {{when}}.',
  // Java (Apache HttpClient): builder options that do nothing in the way they are combined.
  ignoredBesideManager:
    '`{{option}}` is ignored: {{label}} applies it only to a connection manager it creates itself, and `setConnectionManager(…)` gives it one. Set it on that connection manager instead.',
  evictorWithSharedManager:
    '`{{option}}` starts no evictor: {{label}} skips it when `setConnectionManagerShared(true)` is set. Close the shared manager\'s idle connections where it is owned, or give the client a capped keep-alive strategy.',
  expiredOnlySweeper:
    "`{{option}}` closes only expired connections, and with no keep-alive strategy and no time-to-live a connection of {{label}} only expires when the server sends a `Keep-Alive` header: without one it closes nothing. Give the client a capped keep-alive strategy.",
  throwsInVersion:
    '`{{option}}` without `evictIdleConnections(…)` makes `build()` of {{label}} throw a NullPointerException on {{library}} {{version}}, the version the build file names (fixed in {{fixedIn}}).',
  renameOption: 'Rename to `{{replacement}}`',
  keyByProtocol: 'Pass it as `{{option}}: { {{protocol}}: … }`',
} as const;

type MessageId = keyof typeof misleadingOptionMessages;

const RULE = 'no-misleading-pool-options';

export function misleadingOptionFindings({ sites, writer }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.clients) {
    for (const finding of misleadingPoolOptions(site)) {
      const replacement = finding.kind === 'zero' || (finding.kind === 'legacy' && finding.ignored) ? undefined : finding.replacement;
      // Renamed only where the new name is certainly not set already.
      const rename = replacement && site.options && !site.options.open && !site.options.entries.has(replacement) ? replacement : undefined;
      findings.push({
        rule: RULE,
        messageId: messageFor(finding),
        data: findingData(site, finding),
        range: finding.range,
        suggestions: rename ? suggestion('renameOption', { replacement: rename }, writer.renameOption(site, finding.option, rename)) : [],
      });
    }
  }
  for (const site of sites.clients) findings.push(...remarkFindings(site));
  for (const use of sites.protocolKeyed) findings.push(unkeyedPoolFinding(use, writer));
  return findings;
}

const REMARK_MESSAGES = {
  'ignored-beside-manager': 'ignoredBesideManager',
  'evictor-with-shared-manager': 'evictorWithSharedManager',
  'expired-only-sweeper': 'expiredOnlySweeper',
  'throws-in-version': 'throwsInVersion',
} as const satisfies Partial<Record<SiteRemark['kind'], MessageId>>;

/** What a Java site's remarks say about options that do nothing where they are written. */
function remarkFindings(site: ClientSite): Finding[] {
  const findings: Finding[] = [];
  for (const remark of site.remarks ?? []) {
    if (!(remark.kind in REMARK_MESSAGES) || !('range' in remark) || remark.kind === 'stale-check') continue;
    const data: Record<string, string> = { option: remark.option, label: quoted(site), library: site.library.name };
    if (remark.kind === 'throws-in-version') Object.assign(data, { version: remark.version, fixedIn: remark.fixedIn });
    findings.push({ rule: RULE, messageId: REMARK_MESSAGES[remark.kind as keyof typeof REMARK_MESSAGES], data, range: remark.range, suggestions: [] });
  }
  return findings;
}

function unkeyedPoolFinding(use: ProtocolKeyedPool, writer: FileFacts['writer']): Finding {
  const protocol = protocolOf(use);
  return {
    rule: RULE,
    messageId: 'poolNotKeyedByProtocol',
    data: {
      request: `\`${use.request}()\``,
      option: use.option,
      pool: quoted(use.pool),
      when: use.requestKind === 'instance' ? 'when the instance is created' : 'when the request is made',
    },
    range: use.range,
    suggestions: protocol ? suggestion('keyByProtocol', { option: use.option, protocol }, writer.keyByProtocol(use, protocol)) : [],
  };
}

function messageFor(finding: OptionFinding): MessageId {
  switch (finding.kind) {
    case 'zero':
      return ZERO_MESSAGES[finding.effect];
    case 'rejected':
      return 'rejectedOption';
    case 'legacy':
      return finding.ignored ? 'legacyOptionIgnored' : 'legacyOption';
  }
}

function findingData(site: ClientSite, finding: OptionFinding): Record<string, string> {
  const base = { option: finding.option, library: site.library.name, label: quoted(site), when: whenItThrows(site) };
  switch (finding.kind) {
    case 'zero':
      return { ...base, ...describeZero(site, finding) };
    case 'rejected':
      return { ...base, instead: finding.replacement ? `use \`${finding.replacement}\`` : (finding.instead ?? 'see its documented options') };
    case 'legacy':
      return { ...base, replacement: finding.replacement, value: finding.written.text };
  }
}

/** undici's Agent and Pool keep their options and build connection clients, which check them, at the first request. */
function whenItThrows(site: ClientSite): string {
  return site.constructor.validatesAtFirstRequest ? ', and only when the first request is sent, not at startup' : ` when ${quoted(site)} runs`;
}

const ZERO_MESSAGES: Record<ZeroMeaning['effect'], MessageId> = {
  default: 'zeroUsesDefault',
  unlimited: 'zeroMeansUnlimited',
  invalid: 'zeroThrows',
  fallback: 'zeroFallsBack',
};
