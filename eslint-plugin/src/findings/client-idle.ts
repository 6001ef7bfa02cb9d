import { formatDuration, idleVerdict, type IdleVerdict } from '../advice';
import { JDK_KEEP_ALIVE_PROPERTY } from '../catalog';
import type { IdleComparison } from '../advice/compare';
import type { ClientSite, Setting, SuggestionWriter } from '../sites';
import type { Targets } from '../targets';
import { describeHow, idleSuggestionId, javaSuggestionData, remarksWhy } from './idle-words';
import { suggestion, type FileFacts, type Finding } from './types';
import { targetName } from './target-name';

/**
 * Client pools that never close idle sockets themselves (`require-idle-timeout`) or keep them longer than the
 * servers do (`require-idle-timeout-below-server`): the wording of both verdicts, for rules and editors.
 */
export const missingIdleTimeoutMessages = {
  missingIdleTimeout:
    '{{label}} keeps idle sockets with no `{{option}}`, so it never closes them itself{{why}}. The next request can go out on a socket {{target}} already closed after {{targetIdle}} idle ({{failure}}).',
  addIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
  // Java: Apache HttpClient's default keep-alive strategy follows the server's header, with no limit of its own.
  missingIdleTimeoutUnlessHinted:
    "{{label}} has no keep-alive strategy: it keeps a connection as long as the server's `Keep-Alive` header says, and forever without one{{why}}. The next request can go out on a connection {{target}} already closed after {{targetIdle}} idle ({{failure}}).",
  strategyNeverExpires:
    'The keep-alive strategy of {{label}} can answer 0 or less, which keeps a connection with no expiry: it is never closed on this side{{why}}. The next request can go out on a connection {{target}} already closed after {{targetIdle}} idle ({{failure}}).',
  ...javaSuggestions(),
} as const;

export const idleTimeoutNotBelowServerMessages = {
  idleTimeoutNotBelowServer:
    '{{label}} keeps idle sockets for {{idle}} ({{how}}), but {{target}} closes idle connections after {{targetIdle}}. A request can go out on a socket it already closed ({{failure}}); keep the idle timeout at or below {{capped}}{{outOfReach}}.',
  useCappedIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
  ...javaSuggestions(),
} as const;

/** Suggestion titles for Java, where a timeout is a setter, a keep-alive strategy or a system property, not `option: value`. */
function javaSuggestions() {
  return {
    capKeepAliveStrategy:
      "Use a keep-alive strategy that follows the server's `Keep-Alive` header up to {{value}} ms ({{targetIdle}} idle at {{target}} minus {{margin}} margin)",
    buildWithCappedStrategy:
      'Build it with `{{builder}}` and a keep-alive strategy capped at {{value}} ms ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
    setJavaIdleTimeout: 'Set `{{option}}` to {{value}} ms ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
    setPropertySeconds: 'Set `{{option}}` to {{seconds}} s ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
  } as const;
}

/** The rule that reports each idle verdict. */
export const IDLE_RULES: Readonly<Partial<Record<IdleVerdict['kind'], string>>> = {
  'missing-idle-timeout': 'require-idle-timeout',
  'idle-timeout-not-below-server': 'require-idle-timeout-below-server',
};

/** How messages quote a construction: `` `new http.Agent()` ``. */
export function quoted(site: ClientSite): string {
  return `\`${site.written}\``;
}

export function missingIdleTimeoutFindings({ sites, targets, writer }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.clients) {
    const verdict = idleVerdict(site, targets);
    const option = site.library.optionFor.idleTimeoutMs;
    if (verdict.kind !== 'missing-idle-timeout' || !option) continue;
    const { cap, setting } = verdict;
    const java = site.language === 'java';
    const data = {
      label: quoted(site),
      option,
      why: site.library.hint === 'lowers-explicit-timeout' ? " (and Node ignores the server's Keep-Alive: timeout= hint without it)" : remarksWhy(site),
      target: targetName(cap.basis),
      targetIdle: formatDuration(cap.basis.idleTimeoutMs),
      margin: formatDuration(targets.marginMs),
      value: writer.milliseconds(cap.ms),
      failure: site.library.failure,
      ...(java ? javaSuggestionData(site, cap.ms) : {}),
    };
    const strategy = java && site.library.hint === 'replaces';
    const messageId = !strategy ? 'missingIdleTimeout' : setting.source === 'explicit' ? 'strategyNeverExpires' : 'missingIdleTimeoutUnlessHinted';
    findings.push({
      rule: 'require-idle-timeout',
      messageId,
      data,
      range: site.range,
      suggestions: suggestion(idleSuggestionId(site, setting) ?? 'addIdleTimeout', data, writer.setClientOption(site, option, data.value)),
    });
  }
  return findings;
}

export function idleTimeoutNotBelowServerFindings({ sites, targets, writer }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.clients) {
    const verdict = idleVerdict(site, targets);
    if (verdict.kind !== 'idle-timeout-not-below-server') continue;
    const setting = verdict.setting;
    const option = setting.source === 'explicit' ? setting.option : site.library.optionFor.idleTimeoutMs;
    if (!option) continue;
    const { cap } = verdict;
    const java = site.language === 'java';
    const data = {
      label: quoted(site),
      idle: formatDuration(verdict.idleMs),
      how: describeHow(site, setting, option, targets),
      target: targetName(cap.basis),
      targetIdle: formatDuration(cap.basis.idleTimeoutMs),
      capped: formatDuration(cap.ms),
      outOfReach: outOfReach(site, cap.ms, targets),
      option,
      value: writer.milliseconds(cap.ms, setting.source === 'explicit' ? setting : undefined),
      margin: formatDuration(targets.marginMs),
      failure: site.library.failure,
      ...(java ? javaSuggestionData(site, cap.ms) : {}),
    };
    findings.push({
      rule: 'require-idle-timeout-below-server',
      messageId: 'idleTimeoutNotBelowServer',
      data,
      range: setting.source === 'explicit' ? setting.range : site.range,
      suggestions: suggestion(idleSuggestionId(site, setting) ?? 'useCappedIdleTimeout', data, writer.setClientOption(site, option, data.value)),
    });
  }
  return findings;
}

/** What the message adds when the cap is shorter than the library can keep a connection idle: no setting will do. */
function outOfReach(site: ClientSite, capMs: number, targets: Targets): string {
  const floor = site.library.idleFloor;
  if (!floor || capMs >= floor.ms) return '';
  return `, which ${site.library.name} cannot do: it may keep an idle connection up to ${formatDuration(floor.ms)} whatever it is told, so the server must keep idle connections longer than ${formatDuration(floor.ms + targets.marginMs)}, or the calls need another client`;
}

/** What to change about a pool's idle timeout, in one sentence (or that nothing needs to). */
export function idleChange(
  verdict: IdleVerdict,
  option: string | null,
  targets: Targets,
  writer: Pick<SuggestionWriter, 'milliseconds'>,
  setting: Setting,
  deciding: IdleComparison | undefined,
  site?: ClientSite,
): string {
  if (verdict.kind !== 'missing-idle-timeout' && verdict.kind !== 'idle-timeout-not-below-server') {
    if (!deciding || deciding.relation === 'server-keeps') return 'Nothing to change: the servers never close idle connections themselves.';
    return `Nothing to change: idle sockets close at least ${formatDuration(targets.marginMs)} before ${targetName(deciding.target)} closes them (${formatDuration(deciding.target.idleTimeoutMs)}).`;
  }
  const { cap } = verdict;
  const why = `${targetName(cap.basis)} closes idle connections after ${formatDuration(cap.basis.idleTimeoutMs)}, minus ${formatDuration(targets.marginMs)} margin`;
  if (!option) return `Close idle sockets after at most ${formatDuration(cap.ms)} (${why}).`;
  if (site?.language === 'java') {
    if (site.library.hint === 'replaces') return `Use a keep-alive strategy that follows the server's \`Keep-Alive\` header up to ${writer.milliseconds(cap.ms)} ms (${why}).`;
    const floor = site.library.idleFloor;
    if (floor && cap.ms < floor.ms) return `No \`${option}\` can do it: ${site.library.name} may keep an idle connection up to ${formatDuration(floor.ms)} whatever it is told, and the cap is ${formatDuration(cap.ms)} (${why}).`;
    if (option === JDK_KEEP_ALIVE_PROPERTY) return `Set \`${option}\` to ${Math.floor(cap.ms / 1000)} s (${why}).`;
    return `Set \`${option}\` to ${writer.milliseconds(cap.ms)} ms (${why}).`;
  }
  return `Set \`${option}: ${writer.milliseconds(cap.ms, setting.source === 'explicit' ? setting : undefined)}\` (${why}).`;
}
