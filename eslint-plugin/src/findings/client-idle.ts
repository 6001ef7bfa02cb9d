import { formatDuration, idleVerdict, type IdleVerdict } from '../advice';
import type { IdleComparison } from '../advice/compare';
import type { ClientSite, Setting, SuggestionWriter } from '../sites';
import type { Targets } from '../targets';
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
} as const;

export const idleTimeoutNotBelowServerMessages = {
  idleTimeoutNotBelowServer:
    '{{label}} keeps idle sockets for {{idle}} ({{how}}), but {{target}} closes idle connections after {{targetIdle}}. A request can go out on a socket it already closed ({{failure}}); keep the idle timeout at or below {{capped}}.',
  useCappedIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
} as const;

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
    const { cap } = verdict;
    const data = {
      label: quoted(site),
      option,
      why: site.library.hint === 'lowers-explicit-timeout' ? " (and Node ignores the server's Keep-Alive: timeout= hint without it)" : '',
      target: targetName(cap.basis),
      targetIdle: formatDuration(cap.basis.idleTimeoutMs),
      margin: formatDuration(targets.marginMs),
      value: writer.milliseconds(cap.ms),
      failure: site.library.failure,
    };
    findings.push({
      rule: 'require-idle-timeout',
      messageId: 'missingIdleTimeout',
      data,
      range: site.range,
      suggestions: suggestion('addIdleTimeout', data, writer.setClientOption(site, option, data.value)),
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
    const data = {
      label: quoted(site),
      idle: formatDuration(verdict.idleMs),
      how: setting.source === 'explicit' ? `\`${option}\`` : `\`${option}\` unset: the library's default`,
      target: targetName(cap.basis),
      targetIdle: formatDuration(cap.basis.idleTimeoutMs),
      capped: formatDuration(cap.ms),
      option,
      value: writer.milliseconds(cap.ms, setting.source === 'explicit' ? setting : undefined),
      margin: formatDuration(targets.marginMs),
      failure: site.library.failure,
    };
    findings.push({
      rule: 'require-idle-timeout-below-server',
      messageId: 'idleTimeoutNotBelowServer',
      data,
      range: setting.source === 'explicit' ? setting.range : site.range,
      suggestions: suggestion('useCappedIdleTimeout', data, writer.setClientOption(site, option, data.value)),
    });
  }
  return findings;
}

/** What to change about a pool's idle timeout, in one sentence (or that nothing needs to). */
export function idleChange(
  verdict: IdleVerdict,
  option: string | null,
  targets: Targets,
  writer: Pick<SuggestionWriter, 'milliseconds'>,
  setting: Setting,
  deciding: IdleComparison | undefined,
): string {
  if (verdict.kind !== 'missing-idle-timeout' && verdict.kind !== 'idle-timeout-not-below-server') {
    if (!deciding || deciding.relation === 'server-keeps') return 'Nothing to change: the servers never close idle connections themselves.';
    return `Nothing to change: idle sockets close at least ${formatDuration(targets.marginMs)} before ${targetName(deciding.target)} closes them (${formatDuration(deciding.target.idleTimeoutMs)}).`;
  }
  const { cap } = verdict;
  const why = `${targetName(cap.basis)} closes idle connections after ${formatDuration(cap.basis.idleTimeoutMs)}, minus ${formatDuration(targets.marginMs)} margin`;
  if (!option) return `Close idle sockets after at most ${formatDuration(cap.ms)} (${why}).`;
  return `Set \`${option}: ${writer.milliseconds(cap.ms, setting.source === 'explicit' ? setting : undefined)}\` (${why}).`;
}
