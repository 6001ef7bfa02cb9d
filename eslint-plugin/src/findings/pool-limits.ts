import { poolLimitVerdict } from '../advice';
import type { ClientConcept } from '../catalog/types';
import type { ClientSite } from '../sites';
import { quoted } from './client-idle';
import { suggestion, type FileFacts, type Finding } from './types';

/** Keep-alive pools with no bound on their sockets. */
export const poolLimitMessages = {
  unboundedPool:
    "{{label}} opens one socket per concurrent request with no upper bound ({{why}}). A burst can exhaust file descriptors or the server's connection limit, and every one of those sockets then waits idle in the pool.",
  setPoolLimit: 'Set `{{option}}: {{value}}` per origin',
} as const;

/** @param bound the sockets per origin the suggestion writes. */
export function poolLimitFindings({ sites, writer }: FileFacts, bound: number): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.clients) {
    const verdict = poolLimitVerdict(site);
    if (verdict.kind !== 'unbounded-pool') continue;
    const { setting } = verdict;
    const option = setting.source === 'explicit' ? setting.option : site.library.optionFor.maxSockets;
    if (!option) continue;
    const why =
      setting.source === 'explicit'
        ? `\`${option}: ${setting.text}\` means no limit`
        : `${verdict.limits.map((concept) => `\`${optionName(site, concept)}\``).join(' and ')} unset: no limit`;
    const data = { label: quoted(site), why, option, value: String(bound) };
    findings.push({
      rule: 'require-pool-limits',
      messageId: 'unboundedPool',
      data,
      range: setting.source === 'explicit' ? setting.range : site.range,
      suggestions: suggestion('setPoolLimit', data, writer.setClientOption(site, option, data.value)),
    });
  }
  return findings;
}

/** The library's own name for a concept, as users know it from its docs. */
export function optionName(site: ClientSite, concept: ClientConcept): string {
  return site.library.optionFor[concept] ?? Object.keys(site.library.options).find((name) => site.library.options[name] === concept) ?? concept;
}
