import type { ClientConcept, ZeroMeaning } from '../catalog/types';
import type { ClientSite, ProtocolKeyedPool, TextRange, WrittenOption } from '../sites';
import { isPooled } from './client-idle';
import { formatDuration } from './format';

/** An option that reads as one thing and does another, found on a pool's or a request's options. */
export type OptionFinding =
  /** `0` that is replaced by the default, means "no limit", or throws. */
  | {
      readonly kind: 'zero';
      readonly option: string;
      /** The option as written. */
      readonly range: TextRange;
      readonly concept: ClientConcept;
      readonly effect: ZeroMeaning['effect'];
      /** What the library uses instead, for `effect: 'default'`. */
      readonly fallback: number | boolean | null | undefined;
      /** The concept that takes over, for `effect: 'fallback'`. */
      readonly fallbackConcept?: ClientConcept;
    }
  /** A name the library throws for. */
  | { readonly kind: 'rejected'; readonly option: string; readonly range: TextRange; readonly replacement?: string; readonly instead?: string }
  /** A legacy alias; `ignored` when its value is falsy and the library skips it. */
  | { readonly kind: 'legacy'; readonly option: string; readonly range: TextRange; readonly written: WrittenOption; readonly replacement: string; readonly ignored: boolean };

/** The options of one pool construction that do not mean what they read as. */
export function misleadingPoolOptions(site: ClientSite): OptionFinding[] {
  return [...misleadingNames(site), ...misleadingZeros(site)];
}

function misleadingNames(site: ClientSite): OptionFinding[] {
  const names = site.library.misleadingOptions ?? {};
  if (!site.options) return [];
  const findings: OptionFinding[] = [];
  for (const [option, meaning] of Object.entries(names)) {
    const written = site.options.entries.get(option);
    if (!written) continue;
    const { value, range } = written;
    // A value seen to be `undefined` is the same as leaving the option out.
    if (value.known && value.value === undefined) continue;
    if (meaning.meaning === 'rejected') {
      findings.push({ kind: 'rejected', option, range, replacement: meaning.replacement, instead: meaning.instead });
    } else if (meaning.replacement) {
      const ignored = meaning.ignoredWhenFalsy === true && value.known && !value.value;
      findings.push({ kind: 'legacy', option, range, written, replacement: meaning.replacement, ignored });
    }
  }
  return findings;
}

/**
 * `keepAliveMsecs: 0` becomes 1000, but it only sets the TCP probe delay, which decides nothing about pooling
 * (what that option is mistaken for is no-tcp-keepalive-as-idle-timeout's finding). agentkeepalive's `timeout: 0`
 * switches off the timer on busy sockets, which is what it reads as (and the usual way to stop its 8 s default
 * from cutting slow responses).
 */
const ZERO_NOT_CHECKED: ReadonlySet<ClientConcept> = new Set(['tcpKeepAliveMs', 'socketTimeoutMs']);

function misleadingZeros(site: ClientSite): OptionFinding[] {
  const findings: OptionFinding[] = [];
  for (const [concept, meaning] of Object.entries(site.library.zeroMeans) as [ClientConcept, ZeroMeaning][]) {
    if (ZERO_NOT_CHECKED.has(concept)) continue;
    const setting = site.settings[concept];
    if (setting.source !== 'explicit' || setting.value !== 0) continue;
    // A misleading name is its own finding; its zero may not even be read (agentkeepalive skips falsy aliases).
    if (site.library.misleadingOptions?.[setting.option]) continue;
    // How long a keep-alive pool really holds idle sockets (no timer, or another timer taking over) is the idle
    // timeout rules' finding, with the capped value to set; a value the library rejects is this rule's.
    if (concept === 'idleTimeoutMs' && meaning.effect !== 'default' && meaning.effect !== 'invalid' && isPooled(site) === true) continue;
    findings.push({
      kind: 'zero',
      option: setting.option,
      range: setting.range,
      concept,
      effect: meaning.effect,
      fallback: site.library.defaults[concept]?.[0]?.value,
      fallbackConcept: meaning.fallback,
    });
  }
  return findings;
}

/** The key a pool given to a protocol-keyed option belongs under, or `null` when that cannot be told (not an `http.Agent`). */
export function protocolOf(use: ProtocolKeyedPool): 'http' | 'https' | null {
  return use.pool.library.protocols?.[use.pool.label] ?? null;
}

/** The words a message needs for a zero finding: what 0 means, or what takes over and its value. */
export function describeZero(
  site: ClientSite,
  finding: Extract<OptionFinding, { kind: 'zero' }>,
): { meaning: string; fallback: string; fallbackOption: string; fallbackValue: string } {
  const taking = finding.fallbackConcept;
  const takingValue = taking ? valueOf(site, taking) : undefined;
  return {
    meaning: unlimitedMeaning(finding.concept),
    fallback: formatValue(finding.concept, finding.fallback),
    fallbackOption: taking ? optionName(site, taking) : '',
    fallbackValue: taking && takingValue !== undefined ? ` (${formatValue(taking, takingValue)})` : '',
  };
}

function unlimitedMeaning(concept: ClientConcept): string {
  if (concept.endsWith('TimeoutMs')) return 'no timer at all: sockets are never timed out';
  if (concept === 'keepAliveCapMs') return 'no cap';
  if (concept === 'maxLifetimeMs') return 'no age limit';
  return 'no limit';
}

/** The value a concept has at this site: what the user wrote, else the library's default. */
function valueOf(site: ClientSite, concept: ClientConcept): number | boolean | null | undefined {
  const setting = site.settings[concept];
  if (setting.source === 'default') return setting.value;
  return setting.source === 'explicit' && (typeof setting.value === 'number' || typeof setting.value === 'boolean') ? setting.value : undefined;
}

/** The library's own name for a concept: the one a suggestion writes, else the first option mapped to it. */
function optionName(site: ClientSite, concept: ClientConcept): string {
  return site.library.optionFor[concept] ?? Object.keys(site.library.options).find((name) => site.library.options[name] === concept) ?? concept;
}

function formatValue(concept: ClientConcept, value: number | boolean | null | undefined): string {
  if (value === null) return 'no limit';
  if (typeof value === 'number' && concept.endsWith('Ms')) return formatDuration(value);
  return String(value);
}
