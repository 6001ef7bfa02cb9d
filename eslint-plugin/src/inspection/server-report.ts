import type { ServerConcept } from '../catalog/types';
import { compareWithBalancers, compareWithCatalogue, decidingComparison } from '../advice/compare';
import { formatDuration } from '../advice/format';
import { balancerVerdict, serverTimeout } from '../advice/server-idle';
import { ruleLink } from '../findings/rule-docs';
import { BALANCER_RULES, decidingSetting, serverIdleChange } from '../findings/server-idle';
import type { ServerSetting, ServerSite } from '../sites';
import type { Targets } from '../targets';
import type { ReportContext } from './client-report';
import { comparisonView } from './comparison-view';
import { besideBalancers } from './discovered-beside';
import type { TextPositions } from './ranges';
import type { InspectedServerSetting, InspectedServerSite, SourceRange, TimeoutReport } from './types';

const CONCEPTS: readonly ServerConcept[] = ['keepAliveTimeoutMs', 'headersTimeoutMs', 'requestTimeoutMs'];

/** One Node.js server as editors see it: its timeouts, and how its idle timeout compares with the balancers in front. */
export function inspectServerSite(site: ServerSite, context: ReportContext): InspectedServerSite {
  const report = keepAliveReport(site, context);
  const { positions, targets } = context;
  return {
    kind: 'server',
    label: site.label,
    framework: { id: site.framework.id, name: site.framework.name },
    range: positions.rangeOf(site.range),
    constructorRange: positions.rangeOf(site.calleeRange),
    settings: CONCEPTS.map((concept) => settingView(site, concept, targets, positions)),
    timeouts: report ? [report] : [],
  };
}

function keepAliveReport(site: ServerSite, { targets, writer, positions, discovered }: ReportContext): TimeoutReport | null {
  const idle = serverTimeout(site, 'keepAliveTimeoutMs', targets.node, targets.go);
  const verdict = balancerVerdict(site, targets);
  if (!idle || verdict.kind === 'unknown') return null;
  const comparisons = compareWithBalancers(idle.ms, targets);
  const beside = besideBalancers(idle.ms, targets, discovered);
  // A default with nothing in front to compare it with (configured or discovered) would only be noise on every server.
  if (idle.basis === 'default' && comparisons.length === 0 && !beside.discovered) return null;
  const deciding = decidingComparison(comparisons, 'server');
  // A value another setting stands in for (Go's ReadTimeout) is annotated on the server, not on that setting.
  const decidedBy = decidingSetting(idle);
  const valueRange = decidedBy === null ? explicitRange(idle.setting, positions) : null;
  const at = valueRange ?? positions.rangeOf(site.range);
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
    hoverRange: valueRange ?? positions.rangeOf(site.listenCalleeRange ?? site.calleeRange),
    verdict: verdict.kind === 'server-idle-below-balancer' ? 'too-short' : 'ok',
    targets: comparisons.map(comparisonView),
    catalogue: compareWithCatalogue(idle.ms, targets, 'server').map(comparisonView),
    ...beside,
    deciding: deciding ? comparisonView(deciding) : null,
    change: serverIdleChange(site, verdict, idle, deciding, targets, writer),
    rule: BALANCER_RULES[verdict.kind] ? ruleLink(BALANCER_RULES[verdict.kind]!) : null,
    ...(decidedBy === null ? {} : { decidedBy }),
  };
}

/** Where an explicit value is written: the option's value, or the first assignment's right-hand side. */
function explicitRange(setting: ServerSetting, positions: TextPositions): SourceRange | null {
  return setting.source === 'explicit' ? positions.rangeOf(setting.valueRange) : null;
}

function settingView(site: ServerSite, concept: ServerConcept, targets: Targets, positions: TextPositions): InspectedServerSetting {
  const setting = site.settings[concept];
  if (setting.source === 'unknown') return { concept, source: 'unknown', option: null, value: null, valueRange: null };
  if (setting.source === 'default') {
    return { concept, source: 'default', option: null, value: serverTimeout(site, concept, targets.node, targets.go)?.ms ?? null, valueRange: null };
  }
  const value = typeof setting.value === 'number' || typeof setting.value === 'boolean' || typeof setting.value === 'string' ? setting.value : null;
  return { concept, source: 'explicit', option: setting.option, value, valueRange: explicitRange(setting, positions) };
}
