import type { ClientConcept } from '../catalog/types';
import { compareWithCatalogue, compareWithTargets, decidingComparison, type IdleComparison } from '../advice/compare';
import { idleMsOf, idleVerdict, isPooled, type IdleVerdict } from '../advice/client-idle';
import { formatDuration, formatMsLiteral, type NumberStyle } from '../advice/format';
import type { ClientSite, Setting } from '../sites';
import type { Targets } from '../targets';
import { keepAliveCapReport, lifetimeCapReport } from './cap-reports';
import { comparisonView } from './comparison-view';
import { rangeOf } from './ranges';
import { ruleFor } from './rule-links';
import type { InspectedClientSite, InspectedSetting, TimeoutReport } from './types';

/**
 * One client pool as editors see it: its settings, how its idle timeout compares with the servers, how far a
 * server's hint can stretch it past the middleboxes on the way, and how long its connections live.
 */
export function inspectClientSite(site: ClientSite, targets: Targets, style: NumberStyle): InspectedClientSite {
  const callee = site.node.callee;
  const timeouts = [idleTimeoutReport(site, targets, style), keepAliveCapReport(site, targets, style), lifetimeCapReport(site, targets, style)].filter(
    (report) => report !== null,
  );
  return {
    kind: 'client',
    label: site.label,
    library: { id: site.library.id, name: site.library.name },
    range: rangeOf(site.node),
    constructorRange: rangeOf(callee),
    pooled: isPooled(site),
    settings: (Object.keys(site.settings) as ClientConcept[])
      .filter((concept) => site.library.defaults[concept] || optionsOf(site, concept).length > 0)
      .map((concept) => settingView(concept, site.settings[concept])),
    timeouts,
  };
}

function idleTimeoutReport(site: ClientSite, targets: Targets, style: NumberStyle): TimeoutReport | null {
  const verdict = idleVerdict(site, targets);
  const setting = site.settings.idleTimeoutMs;
  const idleMs = idleMsOf(site);
  // `unknown` also covers "no target ever closes idle connections": a known value is still worth showing then.
  if (verdict.kind === 'not-pooled' || isPooled(site) !== true || idleMs === undefined || setting.source === 'unknown') return null;
  const ms = idleMs;
  const comparisons = compareWithTargets(ms, targets);
  const deciding = decidingComparison(comparisons);
  const option = site.library.optionFor.idleTimeoutMs ?? (setting.source === 'explicit' ? setting.option : null);
  const at = setting.source === 'explicit' ? rangeOf(setting.valueNode) : rangeOf(site.node);
  return {
    concept: 'idleTimeoutMs',
    side: 'client',
    name: 'idle timeout',
    shortName: 'idle',
    limitName: 'idle timeout',
    option,
    source: setting.source,
    ms,
    value: ms === null ? 'never closed' : formatDuration(ms),
    rounded: ms !== null && ms >= 1000 && ms % 100 !== 0,
    at,
    hoverRange: setting.source === 'explicit' ? at : rangeOf(site.node.callee),
    verdict: verdict.kind === 'missing-idle-timeout' ? 'never-closed' : verdict.kind === 'idle-timeout-not-below-server' ? 'too-long' : 'ok',
    targets: comparisons.map(comparisonView),
    catalogue: compareWithCatalogue(ms, targets, 'client').map(comparisonView),
    deciding: deciding ? comparisonView(deciding) : null,
    change: whatToChange(verdict, option, targets, style, setting, deciding),
    rule: ruleFor(verdict.kind),
  };
}

function whatToChange(
  verdict: IdleVerdict,
  option: string | null,
  targets: Targets,
  style: NumberStyle,
  setting: Setting,
  deciding: IdleComparison | undefined,
): string {
  if (verdict.kind !== 'missing-idle-timeout' && verdict.kind !== 'idle-timeout-not-below-server') {
    if (!deciding || deciding.relation === 'server-keeps') return 'Nothing to change: the servers never close idle connections themselves.';
    return `Nothing to change: idle sockets close at least ${formatDuration(targets.marginMs)} before ${deciding.target.name} closes them (${formatDuration(deciding.target.idleTimeoutMs)}).`;
  }
  const { cap } = verdict;
  const why = `${cap.basis.name} closes idle connections after ${formatDuration(cap.basis.idleTimeoutMs)}, minus ${formatDuration(targets.marginMs)} margin`;
  if (!option) return `Close idle sockets after at most ${formatDuration(cap.ms)} (${why}).`;
  const replacing = setting.source === 'explicit' && setting.valueNode.type === 'Literal' ? setting.valueNode.raw : undefined;
  return `Set \`${option}: ${formatMsLiteral(cap.ms, style, replacing)}\` (${why}).`;
}

function settingView(concept: ClientConcept, setting: Setting): InspectedSetting {
  const base = { concept, source: setting.source };
  if (setting.source === 'explicit') {
    return { ...base, option: setting.option, value: primitive(setting.value), valueRange: rangeOf(setting.valueNode), catalogSource: null };
  }
  if (setting.source === 'default') {
    return { ...base, option: null, value: setting.value, valueRange: null, catalogSource: setting.catalogSource };
  }
  return { ...base, option: setting.option ?? null, value: null, valueRange: null, catalogSource: null };
}

function optionsOf(site: ClientSite, concept: ClientConcept): string[] {
  return Object.keys(site.library.options).filter((name) => site.library.options[name] === concept);
}

function primitive(value: unknown): number | boolean | string | null {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : null;
}
