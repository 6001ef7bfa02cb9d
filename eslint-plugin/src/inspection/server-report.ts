import type { ServerConcept } from '../catalog/types';
import { compareWithBalancers, compareWithCatalogue, decidingComparison, type IdleComparison } from '../advice/compare';
import { formatDuration, formatMsLiteral, type NumberStyle } from '../advice/format';
import { balancerVerdict, serverTimeout, type BalancerVerdict, type ServerTimeout } from '../advice/server-idle';
import type { ServerSetting, ServerSite } from '../sites';
import type { Targets } from '../targets';
import { comparisonView } from './comparison-view';
import { rangeOf } from './ranges';
import { ruleFor } from './rule-links';
import type { InspectedServerSetting, InspectedServerSite, SourceRange, TimeoutReport } from './types';

const CONCEPTS: readonly ServerConcept[] = ['keepAliveTimeoutMs', 'headersTimeoutMs', 'requestTimeoutMs'];

/** One Node.js server as editors see it: its timeouts, and how its idle timeout compares with the balancers in front. */
export function inspectServerSite(site: ServerSite, targets: Targets, style: NumberStyle): InspectedServerSite {
  const report = keepAliveReport(site, targets, style);
  return {
    kind: 'server',
    label: site.label,
    framework: { id: site.framework.id, name: site.framework.name },
    range: rangeOf(site.node),
    constructorRange: rangeOf(site.construction.callee),
    settings: CONCEPTS.map((concept) => settingView(site, concept, targets)),
    timeouts: report ? [report] : [],
  };
}

function keepAliveReport(site: ServerSite, targets: Targets, style: NumberStyle): TimeoutReport | null {
  const idle = serverTimeout(site, 'keepAliveTimeoutMs', targets.node);
  const verdict = balancerVerdict(site, targets);
  if (!idle || verdict.kind === 'unknown') return null;
  const comparisons = compareWithBalancers(idle.ms, targets);
  // A default with nothing in front to compare it with would only be noise on every server.
  if (idle.basis === 'default' && comparisons.length === 0) return null;
  const deciding = decidingComparison(comparisons, 'server');
  const valueRange = explicitRange(idle.setting);
  const at = valueRange ?? rangeOf(site.node);
  return {
    concept: 'keepAliveTimeoutMs',
    side: 'server',
    name: 'keep-alive timeout',
    shortName: 'idle',
    limitName: 'idle timeout',
    option: site.framework.optionFor.keepAliveTimeoutMs ?? (idle.setting.source === 'explicit' ? idle.setting.option : 'keepAliveTimeout'),
    source: idle.basis === 'explicit' ? 'explicit' : 'default',
    ms: idle.ms,
    value: idle.ms === null ? 'never closed' : formatDuration(idle.ms),
    rounded: idle.ms !== null && idle.ms >= 1000 && idle.ms % 100 !== 0,
    at,
    hoverRange: valueRange ?? rangeOf(site.node.callee),
    verdict: verdict.kind === 'server-idle-below-balancer' ? 'too-short' : 'ok',
    targets: comparisons.map(comparisonView),
    catalogue: compareWithCatalogue(idle.ms, targets, 'server').map(comparisonView),
    deciding: deciding ? comparisonView(deciding) : null,
    change: whatToChange(verdict, idle, deciding, targets, style),
    rule: ruleFor(verdict.kind),
  };
}

function whatToChange(verdict: BalancerVerdict, idle: ServerTimeout, deciding: IdleComparison | undefined, targets: Targets, style: NumberStyle): string {
  if (verdict.kind === 'server-idle-below-balancer') {
    const { balancer, keepAliveMs, headersMs } = verdict;
    const headers = headersMs === null ? '' : `, and \`headersTimeout\` to ${formatMsLiteral(headersMs, style)} so it stays above it`;
    return `Set \`keepAliveTimeout\` to ${formatMsLiteral(keepAliveMs, style)} (${balancer.name} ${formatDuration(balancer.idleTimeoutMs)} + ${formatDuration(keepAliveMs - balancer.idleTimeoutMs!)})${headers}.`;
  }
  if (!deciding) return 'Nothing to compare with: name the balancer or proxy in front of this server in `frontedBy`.';
  if (deciding.relation === 'no-bound') return 'Nothing to change: the balancers in front set no idle timeout.';
  const kept = idle.ms === null ? 'never closes idle connections' : 'keeps idle connections open';
  return `Nothing to change: the server ${kept} at least ${formatDuration(targets.marginMs)} longer than ${deciding.target.name} (${formatDuration(deciding.target.idleTimeoutMs)}).`;
}

function explicitRange(setting: ServerSetting): SourceRange | null {
  if (setting.source !== 'explicit') return null;
  return setting.via === 'option' ? rangeOf(setting.valueNode) : setting.assignments[0] ? rangeOf(setting.assignments[0].right) : null;
}

function settingView(site: ServerSite, concept: ServerConcept, targets: Targets): InspectedServerSetting {
  const setting = site.settings[concept];
  if (setting.source === 'unknown') return { concept, source: 'unknown', option: null, value: null, valueRange: null };
  if (setting.source === 'default') {
    return { concept, source: 'default', option: null, value: serverTimeout(site, concept, targets.node)?.ms ?? null, valueRange: null };
  }
  const value = typeof setting.value === 'number' || typeof setting.value === 'boolean' || typeof setting.value === 'string' ? setting.value : null;
  return { concept, source: 'explicit', option: setting.option, value, valueRange: explicitRange(setting) };
}
