import { compareIdle, compareWithCatalogue, decidingComparison, type IdleComparison } from '../advice/compare';
import { formatDuration } from '../advice/format';
import { keepAliveCapVerdict, lifetimeCapVerdict, middleboxes } from '../advice/keepalive-cap';
import { CAP_RULES, keepAliveCapWords, lifetimeCapWords, type CapWords } from '../findings/keepalive-cap';
import { ruleLink } from '../findings/rule-docs';
import type { ClientSite } from '../sites';
import type { Target, Targets } from '../targets';
import type { ReportContext } from './client-report';
import { comparisonView } from './comparison-view';
import type { TimeoutReport } from './types';

/**
 * How far a server's `Keep-Alive: timeout=` hint can stretch a pool's idle time (undici's `keepAliveMaxTimeout`),
 * compared with the L4 devices and load balancers among the targets: they drop idle flows whatever the origin
 * hinted. Only judged when one is declared (without one the cap races nothing); an explicit value is then always
 * annotated, a default only when it is too long.
 */
export function keepAliveCapReport(site: ClientSite, context: ReportContext): TimeoutReport | null {
  const { targets } = context;
  const verdict = keepAliveCapVerdict(site, targets);
  if (verdict.kind === 'not-needed' || verdict.kind === 'not-pooled' || verdict.kind === 'unknown') return null;
  return capReport(site, context, {
    concept: 'keepAliveCapMs',
    name: 'keep-alive cap',
    shortName: 'cap',
    limitName: 'idle timeout',
    verdict,
    against: middleboxes(targets),
    targets,
    catalogue: (ms) => compareWithCatalogue(ms, targets, 'middlebox'),
    words: keepAliveCapWords(verdict.cap, targets),
  });
}

/**
 * A pool's connection lifetime (undici's `clientTtl`, agentkeepalive's `socketActiveTTL`) against the targets that
 * declare a `maxConnectionAgeMs`: they end older connections without telling the client. No catalogued product does
 * so silently, so only such a target makes this worth annotating; a default (no limit) is then always too long.
 */
export function lifetimeCapReport(site: ClientSite, context: ReportContext): TimeoutReport | null {
  const { targets } = context;
  const verdict = lifetimeCapVerdict(site, targets);
  if (verdict.kind === 'not-needed' || verdict.kind === 'not-pooled' || verdict.kind === 'unknown') return null;
  // Each such target's age limit takes the place of its idle timeout in the comparisons.
  const ageLimits = targets.servers.flatMap((target) => (target.maxConnectionAgeMs ? [{ ...target, idleTimeoutMs: target.maxConnectionAgeMs }] : []));
  return capReport(site, context, {
    concept: 'maxLifetimeMs',
    name: 'connection lifetime',
    shortName: 'lifetime',
    limitName: 'connection age',
    verdict,
    against: ageLimits,
    targets,
    catalogue: () => [],
    words: lifetimeCapWords(verdict.cap, targets),
  });
}

interface CapReportSpec {
  readonly concept: 'keepAliveCapMs' | 'maxLifetimeMs';
  readonly name: string;
  readonly shortName: string;
  readonly limitName: TimeoutReport['limitName'];
  readonly verdict: { readonly kind: string; readonly capMs: number | null; readonly cap: { readonly ms: number } };
  /** The targets the cap must stay below, each with the limit it is compared with as its idle timeout. */
  readonly against: readonly Target[];
  readonly targets: Targets;
  readonly catalogue: (ms: number | null) => IdleComparison[];
  readonly words: CapWords;
}

function capReport(site: ClientSite, { writer, positions }: ReportContext, spec: CapReportSpec): TimeoutReport | null {
  const setting = site.settings[spec.concept];
  const explicit = setting.source === 'explicit';
  const ok = spec.verdict.kind === 'ok';
  if (!explicit && ok) return null;
  const ms = spec.verdict.capMs;
  const comparisons = spec.against.map((target) => compareIdle(ms, target, spec.targets));
  const deciding = decidingComparison(comparisons);
  const option = site.library.optionFor[spec.concept] ?? (explicit ? setting.option : null);
  const at = positions.rangeOf(explicit ? setting.valueRange : site.range);
  const { words } = spec;
  let change: string;
  if (ok && ms !== null && deciding) change = words.fine(ms, deciding.target);
  else if (!option) change = `${words.unnamed} (${words.why}).`;
  else change = `Set \`${option}: ${writer.milliseconds(spec.verdict.cap.ms, explicit ? setting : undefined)}\` (${words.why}).`;
  return {
    concept: spec.concept,
    side: 'client',
    name: spec.name,
    shortName: spec.shortName,
    limitName: spec.limitName,
    option,
    source: explicit ? 'explicit' : 'default',
    ms,
    value: ms === null ? 'no limit' : formatDuration(ms),
    rounded: ms !== null && ms >= 1000 && ms % 100 !== 0,
    at,
    hoverRange: explicit ? at : positions.rangeOf(site.calleeRange),
    verdict: ok ? 'ok' : 'too-long',
    targets: comparisons.map(comparisonView),
    catalogue: spec.catalogue(ms).map(comparisonView),
    deciding: deciding ? comparisonView(deciding) : null,
    change,
    rule: CAP_RULES[spec.verdict.kind] ? ruleLink(CAP_RULES[spec.verdict.kind]!) : null,
  };
}
