import { compareIdle, compareWithCatalogue, decidingComparison, type IdleComparison } from '../advice/compare';
import { formatDuration, formatMsLiteral, type NumberStyle } from '../advice/format';
import { keepAliveCapVerdict, middleboxes, type KeepAliveCapVerdict } from '../advice/keepalive-cap';
import type { ClientSite } from '../sites';
import type { Targets } from '../targets';
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
  const setting = site.settings.keepAliveCapMs;
  const explicit = setting.source === 'explicit';
  if (!explicit && verdict.kind === 'ok') return null;
  const ms = verdict.capMs;
  const comparisons = middleboxes(targets).map((target) => compareIdle(ms, target, targets));
  const deciding = decidingComparison(comparisons);
  const option = site.library.optionFor.keepAliveCapMs ?? (explicit ? setting.option : null);
  const at = explicit ? rangeOf(setting.valueNode) : rangeOf(site.node);
  return {
    concept: 'keepAliveCapMs',
    side: 'client',
    name: 'keep-alive cap',
    shortName: 'cap',
    option,
    source: explicit ? 'explicit' : 'default',
    ms,
    value: ms === null ? 'no limit' : formatDuration(ms),
    rounded: ms !== null && ms >= 1000 && ms % 100 !== 0,
    at,
    hoverRange: explicit ? at : rangeOf(site.node.callee),
    verdict: verdict.kind === 'ok' ? 'ok' : 'too-long',
    targets: comparisons.map(comparisonView),
    catalogue: compareWithCatalogue(ms, targets, 'middlebox').map(comparisonView),
    deciding: deciding ? comparisonView(deciding) : null,
    change: whatToChange(verdict, option, explicit && setting.valueNode.type === 'Literal' ? setting.valueNode.raw : undefined, targets, style, deciding),
    rule: ruleFor(verdict.kind),
  };
}

function whatToChange(
  verdict: Exclude<KeepAliveCapVerdict, { kind: 'not-needed' | 'not-pooled' | 'unknown' }>,
  option: string | null,
  replacing: string | undefined,
  targets: Targets,
  style: NumberStyle,
  deciding: IdleComparison | undefined,
): string {
  const { cap } = verdict;
  if (verdict.kind === 'ok') {
    const basis = deciding?.target ?? cap.basis;
    return `Nothing to change: a server's \`Keep-Alive\` hint can keep a socket idle at most ${formatDuration(verdict.capMs)}, at least ${formatDuration(targets.marginMs)} less than ${basis.name} keeps an idle flow (${formatDuration(basis.idleTimeoutMs)}).`;
  }
  const why = `${cap.basis.name} drops idle flows after ${formatDuration(cap.basis.idleTimeoutMs)}, minus ${formatDuration(targets.marginMs)} margin`;
  if (!option) return `Cap the idle time a server's \`Keep-Alive\` hint can ask for at ${formatDuration(cap.ms)} (${why}).`;
  return `Set \`${option}: ${formatMsLiteral(cap.ms, style, replacing)}\` (${why}).`;
}
