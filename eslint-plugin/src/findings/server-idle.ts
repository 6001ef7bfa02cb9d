import { balancerVerdict, formatDuration, headersVerdict, type BalancerVerdict, type IdleComparison, type ServerTimeout } from '../advice';
import { HEADERS_RACE_NODE } from '../catalog/node-versions';
import type { ServerSite, SuggestionWriter, TimeoutWrite } from '../sites';
import type { Targets } from '../targets';
import { suggestion, type FileFacts, type Finding } from './types';
import { targetName } from './target-name';

/** Servers that close idle connections before the balancer in front does, and headers timers that count idle time. */
export const balancerMessages = {
  serverIdleBelowBalancer:
    '{{label}} closes idle connections after {{serverIdle}} ({{basis}}), but {{balancer}} in front keeps them for up to {{balancerIdle}}: it will send requests on connections this server has already closed (intermittent 502s). Set `{{option}}` to {{value}} ({{balancerIdle}} + {{headroom}} headroom): anything not above {{required}} ({{balancerIdle}} + {{margin}} margin) still races the balancer.',
  setKeepAliveTimeout: 'Set `{{option}}` to {{value}} ({{balancer}} {{balancerIdle}} + {{headroom}}){{headers}}',
  bindAndSetKeepAliveTimeout: 'Keep the server in `const {{name}}` and set its `{{option}}` to {{value}} ({{balancer}} {{balancerIdle}} + {{headroom}}){{headers}}',
  serverIdleFallsBackBelowBalancer:
    '{{label}} sets no `{{option}}`, so {{product}} closes idle connections after its `{{fallback}}` ({{serverIdle}}{{versions}}), but {{balancer}} in front keeps them for up to {{balancerIdle}}: it will send requests on connections this server has already closed (intermittent 502s). Set `{{option}}` explicitly to {{value}} ({{balancerIdle}} + {{headroom}} headroom), so that `{{fallback}}` only limits reading a request: anything not above {{required}} ({{balancerIdle}} + {{margin}} margin) still races the balancer.',
} as const;

export const headersMessages = {
  headersTimeoutNotAboveKeepAlive:
    "`{{property}}` ({{headers}}) is not above `keepAliveTimeout` ({{keepAlive}}) of {{label}}. Node.js {{failsOn}}, which {{node}} includes, counts a reused connection's idle time against the headers timer, so a connection idle longer than {{headers}} is closed as its next request arrives (nodejs/node#27363).",
  raiseHeadersTimeout: 'Set `{{property}}` to {{value}} (`keepAliveTimeout` + 1 s)',
} as const;

export const BALANCER_RULES: Readonly<Partial<Record<BalancerVerdict['kind'], string>>> = {
  'server-idle-below-balancer': 'require-server-idle-above-balancer',
};

export function balancerFindings({ sites, targets, writer }: FileFacts): Finding[] {
  if (sites.servers.length === 0 || targets.frontedBy.length === 0) return [];
  const findings: Finding[] = [];
  for (const site of sites.servers) {
    const verdict = balancerVerdict(site, targets);
    if (verdict.kind !== 'server-idle-below-balancer') continue;
    const { idle, balancer, keepAliveMs, headersMs } = verdict;
    const value = writer.milliseconds(keepAliveMs);
    const headersValue = headersMs === null ? null : writer.milliseconds(headersMs);
    const data: Record<string, string> = {
      label: `\`${site.label}\``,
      option: site.framework.idleSetting,
      serverIdle: formatDuration(idle.ms),
      basis: describeBasis(site, idle),
      balancer: targetName(balancer),
      balancerIdle: formatDuration(balancer.idleTimeoutMs),
      required: formatDuration(verdict.requiredAboveMs),
      margin: formatDuration(targets.marginMs),
      value,
      headroom: formatDuration(keepAliveMs - balancer.idleTimeoutMs!),
      headers: headersValue === null ? '' : `, and \`headersTimeout\` to ${headersValue} so it stays above it`,
    };
    const keepAlive: TimeoutWrite = { concept: 'keepAliveTimeoutMs', property: 'keepAliveTimeout', valueText: value, optionHonoured: idle.basis !== 'option-ignored' };
    const headers: TimeoutWrite | null = headersValue === null ? null : { concept: 'headersTimeoutMs', property: 'headersTimeout', valueText: headersValue, optionHonoured: true };
    // `Fastify({ … });` kept nowhere: the option can still be set, with no name to assign headersTimeout on.
    const withHeaders = headers ? writer.setServerTimeouts(site, [keepAlive, headers]) : null;
    const plan = withHeaders ?? writer.setServerTimeouts(site, [keepAlive]);
    if (!withHeaders) data['headers'] = '';
    // The idle setting is unset and another timeout stands in for it: a sentence of its own, naming that timeout.
    const fallback = idle.basis === 'fallback' && idle.fallbackTo !== undefined;
    if (fallback) Object.assign(data, { product: site.framework.name, fallback: idle.fallbackTo, versions: onVersions(site, idle) });
    findings.push({
      rule: 'require-server-idle-above-balancer',
      messageId: fallback ? 'serverIdleFallsBackBelowBalancer' : 'serverIdleBelowBalancer',
      data,
      range: site.range,
      suggestions: !plan
        ? []
        : plan.bindAs === null
          ? suggestion('setKeepAliveTimeout', data, plan.edits)
          : suggestion('bindAndSetKeepAliveTimeout', { ...data, name: plan.bindAs }, plan.edits),
    });
  }
  return findings;
}

export function headersFindings({ sites, targets, writer }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.servers) {
    const verdict = headersVerdict(site, targets);
    if (verdict.kind !== 'headers-timeout-not-above-keepalive') continue;
    const setting = site.settings.headersTimeoutMs;
    if (setting.source !== 'explicit' || setting.via !== 'assignment') continue;
    const value = writer.milliseconds(verdict.headersMs);
    const data = {
      property: setting.option,
      headers: formatDuration(verdict.headers.ms),
      keepAlive: formatDuration(verdict.keepAlive.ms),
      label: `\`${site.label}\``,
      failsOn: HEADERS_RACE_NODE,
      node: `Node.js ${targets.node}`,
      value,
    };
    const plan = writer.setServerTimeouts(site, [{ concept: 'headersTimeoutMs', property: 'headersTimeout', valueText: value, optionHonoured: true }]);
    findings.push({
      rule: 'require-headers-timeout-above-keepalive',
      messageId: 'headersTimeoutNotAboveKeepAlive',
      data,
      range: setting.assignments.at(-1)!,
      suggestions: suggestion('raiseHeadersTimeout', data, plan?.edits ?? null),
    });
  }
  return findings;
}

/** Why the server has that idle timeout, in the words of the message. */
function describeBasis(site: ServerSite, idle: ServerTimeout): string {
  const onNode = idle.versions && idle.versions !== '*' ? ` on Node.js ${idle.versions}` : '';
  if (idle.negative) return negativeBasis(site, idle);
  switch (idle.basis) {
    case 'explicit':
      return 'set here';
    case 'fallback':
      return `\`${site.framework.idleSetting}\` unset: its \`${idle.fallbackTo}\`${onVersions(site, idle)}`;
    case 'option-ignored':
      return `Node.js before 18 ignores the \`keepAliveTimeout\` option of createServer and uses its default${onNode}`;
    default:
      return site.framework.defaults.keepAliveTimeoutMs.of === 'node' ? `the Node.js default${onNode}` : `the ${site.framework.name} default`;
  }
}

/** A negative timeout a runtime reads as "close each connection after its response" (Go before 1.23). */
function negativeBasis(site: ServerSite, idle: ServerTimeout): string {
  const option = idle.setting.source === 'explicit' ? idle.setting.option : site.framework.idleSetting;
  return `a negative \`${option}\`: each connection is closed right after its response${onVersions(site, idle)}`;
}

/** ` on Go <1.20`: where a value holds for only part of the targeted versions of what runs the server. */
function onVersions(site: ServerSite, idle: ServerTimeout): string {
  if (!idle.versions || idle.versions === '*') return '';
  return ` on ${site.framework.runsOn === 'go' ? 'Go' : 'Node.js'} ${idle.versions}`;
}

/**
 * Which setting decides a server's idle timeout, when it is not the idle setting itself: `` `ReadTimeout` `` (Go's
 * fallback), or `null`.
 */
export function decidingSetting(idle: ServerTimeout): string | null {
  return idle.basis === 'fallback' ? (idle.fallbackTo ?? null) : null;
}

/** What to change about a server's idle timeout, in one sentence (or that nothing needs to). */
export function serverIdleChange(
  site: ServerSite,
  verdict: BalancerVerdict,
  idle: ServerTimeout,
  deciding: IdleComparison | undefined,
  targets: Targets,
  writer: Pick<SuggestionWriter, 'milliseconds'>,
): string {
  if (verdict.kind === 'server-idle-below-balancer') {
    const { balancer, keepAliveMs, headersMs } = verdict;
    const headers = headersMs === null ? '' : `, and \`headersTimeout\` to ${writer.milliseconds(headersMs)} so it stays above it`;
    const why = idle.basis === 'fallback' ? `: it is unset, so ${site.framework.name} uses \`${idle.fallbackTo}\` (${formatDuration(idle.ms)}${onVersions(site, idle)})` : '';
    return `Set \`${site.framework.idleSetting}\` to ${writer.milliseconds(keepAliveMs)} (${targetName(balancer)} ${formatDuration(balancer.idleTimeoutMs)} + ${formatDuration(keepAliveMs - balancer.idleTimeoutMs!)})${headers}${why}.`;
  }
  if (!deciding) return 'Nothing to compare with: name the balancer or proxy in front of this server in `frontedBy`.';
  if (deciding.relation === 'no-bound') return 'Nothing to change: the balancers in front set no idle timeout.';
  const kept = idle.ms === null ? 'never closes idle connections' : 'keeps idle connections open';
  const from = idle.basis === 'fallback' ? ` (its \`${idle.fallbackTo}\`, as \`${site.framework.idleSetting}\` is unset)` : '';
  return `Nothing to change: the server ${kept}${from} at least ${formatDuration(targets.marginMs)} longer than ${targetName(deciding.target)} (${formatDuration(deciding.target.idleTimeoutMs)}).`;
}
