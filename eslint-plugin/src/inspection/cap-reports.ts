import { compareIdle, compareWithCatalogue, decidingComparison, type IdleComparison } from '../advice/compare';
import { formatDuration, formatMsLiteral, type NumberStyle } from '../advice/format';
import { keepAliveCapVerdict, lifetimeCapVerdict, middleboxes } from '../advice/keepalive-cap';
import type { ClientSite } from '../sites';
import type { Target, Targets } from '../targets';
import { comparisonView } from './comparison-view';
import { rangeOf } from './ranges';
import { ruleFor } from './rule-links';
import type { TimeoutReport } from './types';

/**
 * How far a server's `Keep-Alive: timeout=` hint can stretch a pool's idle time (undici's `keepAliveMaxTimeout`),
 * compared with the L4 devices and load balancers among the targets: they drop idle flows whatever the origin
 * hinted. Only judged when one is declared (without one the cap races nothing); an explicit value is then always
 * annotated, a default only when it is too long.
 */
export function keepAliveCapReport(site: ClientSite, targets: Targets, style: NumberStyle): TimeoutReport | null {
  const verdict = keepAliveCapVerdict(site, targets);
  if (verdict.kind === 'not-needed' || verdict.kind === 'not-pooled' || verdict.kind === 'unknown') return null;
  const { cap } = verdict;
  return capReport(site, style, {
    concept: 'keepAliveCapMs',
    name: 'keep-alive cap',
    shortName: 'cap',
    limitName: 'idle timeout',
    verdict,
    against: middleboxes(targets),
    targets,
    catalogue: (ms) => compareWithCatalogue(ms, targets, 'middlebox'),
    fine: (ms, basis) =>
      `Nothing to change: a server's \`Keep-Alive\` hint can keep a socket idle at most ${formatDuration(ms)}, at least ${formatDuration(targets.marginMs)} less than ${basis.name} keeps an idle flow (${formatDuration(basis.idleTimeoutMs)}).`,
    why: `${cap.basis.name} drops idle flows after ${formatDuration(cap.basis.idleTimeoutMs)}, minus ${formatDuration(targets.marginMs)} margin`,
    unnamed: `Cap the idle time a server's \`Keep-Alive\` hint can ask for at ${formatDuration(cap.ms)}`,
  });
}

/**
 * A pool's connection lifetime (undici's `clientTtl`, agentkeepalive's `socketActiveTTL`) against the targets that
 * declare a `maxConnectionAgeMs`: they end older connections without telling the client. No catalogued product does
 * so silently, so only such a target makes this worth annotating; a default (no limit) is then always too long.
 */
export function lifetimeCapReport(site: ClientSite, targets: Targets, style: NumberStyle): TimeoutReport | null {
  const verdict = lifetimeCapVerdict(site, targets);
  if (verdict.kind === 'not-needed' || verdict.kind === 'not-pooled' || verdict.kind === 'unknown') return null;
  const { cap } = verdict;
  // Each such target's age limit takes the place of its idle timeout in the comparisons.
  const ageLimits = targets.servers.flatMap((target) => (target.maxConnectionAgeMs ? [{ ...target, idleTimeoutMs: target.maxConnectionAgeMs }] : []));
  return capReport(site, style, {
    concept: 'maxLifetimeMs',
    name: 'connection lifetime',
    shortName: 'lifetime',
    limitName: 'connection age',
    verdict,
    against: ageLimits,
    targets,
    catalogue: () => [],
    fine: (ms, basis) =>
      `Nothing to change: connections end after at most ${formatDuration(ms)}, at least ${formatDuration(targets.marginMs)} before ${basis.name} ends them (${formatDuration(basis.idleTimeoutMs)}).`,
    why: `${cap.basis.name} ends connections after ${formatDuration(cap.maxConnectionAgeMs)}, minus ${formatDuration(targets.marginMs)} margin`,
    unnamed: `End connections after at most ${formatDuration(cap.ms)}`,
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
  /** What to say when the value is fine, given the comparison that decides. */
  readonly fine: (ms: number, basis: Target) => string;
  /** Why the capped value, for the sentence on what to change. */
  readonly why: string;
  /** What to change when the library has no option to name. */
  readonly unnamed: string;
}

function capReport(site: ClientSite, style: NumberStyle, spec: CapReportSpec): TimeoutReport | null {
  const setting = site.settings[spec.concept];
  const explicit = setting.source === 'explicit';
  const ok = spec.verdict.kind === 'ok';
  if (!explicit && ok) return null;
  const ms = spec.verdict.capMs;
  const comparisons = spec.against.map((target) => compareIdle(ms, target, spec.targets));
  const deciding = decidingComparison(comparisons);
  const option = site.library.optionFor[spec.concept] ?? (explicit ? setting.option : null);
  const at = explicit ? rangeOf(setting.valueNode) : rangeOf(site.node);
  const replacing = explicit && setting.valueNode.type === 'Literal' ? setting.valueNode.raw : undefined;
  let change: string;
  if (ok && ms !== null && deciding) change = spec.fine(ms, deciding.target);
  else if (!option) change = `${spec.unnamed} (${spec.why}).`;
  else change = `Set \`${option}: ${formatMsLiteral(spec.verdict.cap.ms, style, replacing)}\` (${spec.why}).`;
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
    hoverRange: explicit ? at : rangeOf(site.node.callee),
    verdict: ok ? 'ok' : 'too-long',
    targets: comparisons.map(comparisonView),
    catalogue: spec.catalogue(ms).map(comparisonView),
    deciding: deciding ? comparisonView(deciding) : null,
    change,
    rule: ruleFor(spec.verdict.kind),
  };
}
