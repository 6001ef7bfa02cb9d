import type { ClientConcept } from '../catalog/types';
import { compareWithCatalogue, compareWithTargets, decidingComparison } from '../advice/compare';
import { idleMsOf, idleVerdict, isPooled } from '../advice/client-idle';
import { formatDuration } from '../advice/format';
import { IDLE_RULES, idleChange } from '../findings/client-idle';
import { ruleLink } from '../findings/rule-docs';
import type { ClientSite, Setting, SuggestionWriter } from '../sites';
import type { DiscoveredTargets, Targets } from '../targets';
import { keepAliveCapReport, lifetimeCapReport } from './cap-reports';
import { comparisonView } from './comparison-view';
import { besideServers } from './discovered-beside';
import type { TextPositions } from './ranges';
import type { InspectedClientSite, InspectedSetting, TimeoutReport } from './types';

/** What a report needs beside the site: the targets, how the file writes numbers, and where its lines start. */
export interface ReportContext {
  readonly targets: Targets;
  readonly writer: Pick<SuggestionWriter, 'milliseconds'>;
  readonly positions: TextPositions;
  /** Discovered servers and balancers the settings do not target, when an editor asked for them. */
  readonly discovered?: DiscoveredTargets;
}

/**
 * One client pool as editors see it: its settings, how its idle timeout compares with the servers, how far a
 * server's hint can stretch it past the middleboxes on the way, and how long its connections live.
 */
export function inspectClientSite(site: ClientSite, context: ReportContext): InspectedClientSite {
  const timeouts = [idleTimeoutReport(site, context), keepAliveCapReport(site, context), lifetimeCapReport(site, context)].filter((report) => report !== null);
  const { positions } = context;
  return {
    kind: 'client',
    label: site.label,
    library: { id: site.library.id, name: site.library.name },
    range: positions.rangeOf(site.range),
    constructorRange: positions.rangeOf(site.calleeRange),
    pooled: isPooled(site),
    settings: (Object.keys(site.settings) as ClientConcept[])
      .filter((concept) => site.library.defaults[concept] || optionsOf(site, concept).length > 0)
      .map((concept) => settingView(concept, site.settings[concept], positions)),
    timeouts,
  };
}

function idleTimeoutReport(site: ClientSite, { targets, writer, positions, discovered }: ReportContext): TimeoutReport | null {
  const verdict = idleVerdict(site, targets);
  const setting = site.settings.idleTimeoutMs;
  const idleMs = idleMsOf(site, targets);
  // `unknown` also covers "no target ever closes idle connections": a known value is still worth showing then.
  if (verdict.kind === 'not-pooled' || isPooled(site) !== true || idleMs === undefined || setting.source === 'unknown') return null;
  const ms = idleMs;
  const comparisons = compareWithTargets(ms, targets);
  const deciding = decidingComparison(comparisons);
  const option = site.library.optionFor.idleTimeoutMs ?? (setting.source === 'explicit' ? setting.option : null);
  const at = positions.rangeOf(setting.source === 'explicit' ? setting.valueRange : site.range);
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
    hoverRange: setting.source === 'explicit' ? at : positions.rangeOf(site.calleeRange),
    verdict: verdict.kind === 'missing-idle-timeout' ? 'never-closed' : verdict.kind === 'idle-timeout-not-below-server' ? 'too-long' : 'ok',
    targets: comparisons.map(comparisonView),
    catalogue: compareWithCatalogue(ms, targets, 'client').map(comparisonView),
    ...besideServers(ms, targets, discovered),
    deciding: deciding ? comparisonView(deciding) : null,
    change: idleChange(verdict, option, targets, writer, setting, deciding, site),
    rule: IDLE_RULES[verdict.kind] ? ruleLink(IDLE_RULES[verdict.kind]!) : null,
    ...(site.library.retry ? { retry: site.library.retry } : {}),
  };
}

function settingView(concept: ClientConcept, setting: Setting, positions: TextPositions): InspectedSetting {
  const base = { concept, source: setting.source };
  if (setting.source === 'explicit') {
    return { ...base, option: setting.option, value: primitive(setting.value), valueRange: positions.rangeOf(setting.valueRange), catalogSource: null };
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
