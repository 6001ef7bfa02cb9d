import { formatDuration, TCP_KEEPALIVE_RESOLUTION_MS, tcpKeepAliveFindings } from '../advice';
import { quoted } from './client-idle';
import { suggestion, type FileFacts, type Finding } from './types';
import { targetName } from './target-name';

/** TCP keepalive settings taken for an idle timeout, and delays TCP truncates to 0 s. */
export const tcpKeepAliveMessages = {
  tcpKeepAliveIsNotIdleTimeout:
    '`{{tcpOption}}` only sets when TCP keepalive probes start: it never closes an idle pooled socket, and the probes carry no HTTP data, so {{target}} still closes the connection after {{targetIdle}} idle. {{label}} has no `{{option}}`, so the next request can go out on a closed socket (ECONNRESET).',
  addIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
  tcpKeepAliveTruncated:
    '`{{tcpOption}}: {{written}}` is turned into whole seconds, 0 s, which does not set the delay: the system default before the first TCP keepalive probe stays (2 h on Linux), not {{delay}}.',
  useWholeSecond: 'Set `{{tcpOption}}: {{value}}`, the shortest delay TCP keepalive honours',
} as const;

export function tcpKeepAliveFindingsOf({ sites, targets, writer }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.clients) {
    for (const finding of tcpKeepAliveFindings(site, targets)) {
      // Reported on the TCP option itself: `require-idle-timeout` reports the construction, with its own message.
      const { setting } = finding;
      if (finding.kind === 'tcp-keepalive-truncated') {
        const data = { tcpOption: setting.option, written: setting.text, delay: formatDuration(finding.valueMs), value: String(TCP_KEEPALIVE_RESOLUTION_MS) };
        findings.push({
          rule: 'no-tcp-keepalive-as-idle-timeout',
          messageId: 'tcpKeepAliveTruncated',
          data,
          range: setting.range,
          suggestions: suggestion('useWholeSecond', data, writer.replaceValue(setting, data.value)),
        });
        continue;
      }
      const option = site.library.optionFor.idleTimeoutMs;
      if (!option) continue;
      const data = {
        tcpOption: setting.option,
        label: quoted(site),
        option,
        target: targetName(finding.cap.basis),
        targetIdle: formatDuration(finding.cap.basis.idleTimeoutMs),
        margin: formatDuration(targets.marginMs),
        value: writer.milliseconds(finding.cap.ms),
      };
      findings.push({
        rule: 'no-tcp-keepalive-as-idle-timeout',
        messageId: 'tcpKeepAliveIsNotIdleTimeout',
        data,
        range: setting.range,
        suggestions: suggestion('addIdleTimeout', data, writer.setClientOption(site, option, data.value)),
      });
    }
  }
  return findings;
}
