import {
  detectNumberStyle,
  formatDuration,
  formatMsLiteral,
  TCP_KEEPALIVE_RESOLUTION_MS,
  tcpKeepAliveFindings,
  type TcpKeepAliveFinding,
} from '../advice';
import { getSites, type ClientSite } from '../sites';
import { createRule } from '../util/create-rule';
import { setOption } from '../util/option-fixes';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { constructionLabel, oncePerNode } from '../util/setting-report';

export default createRule({
  name: 'no-tcp-keepalive-as-idle-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow TCP keepalive settings (`keepAliveMsecs`) standing in for an idle timeout, and delays TCP truncates to 0 s',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      tcpKeepAliveIsNotIdleTimeout:
        '`{{tcpOption}}` only sets when TCP keepalive probes start: it never closes an idle pooled socket, and the probes carry no HTTP data, so {{target}} still closes the connection after {{targetIdle}} idle. {{label}} has no `{{option}}`, so the next request can go out on a closed socket (ECONNRESET).',
      addIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
      tcpKeepAliveTruncated:
        '`{{tcpOption}}: {{written}}` is turned into whole seconds, 0 s, which does not set the delay: the system default before the first TCP keepalive probe stays (2 h on Linux), not {{delay}}.',
      useWholeSecond: 'Set `{{tcpOption}}: {{value}}`, the shortest delay TCP keepalive honours',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  create(context) {
    return {
      'Program:exit'() {
        const targets = readRuleTargets(context);
        const sourceCode = context.sourceCode;
        const style = detectNumberStyle(sourceCode.text);
        const firstReport = oncePerNode();
        for (const site of getSites(sourceCode).clients) {
          for (const finding of tcpKeepAliveFindings(site, targets)) {
            // Reported on the TCP option itself: `require-idle-timeout` reports the construction, with its own message.
            const node = finding.setting.property;
            const report = finding.kind === 'tcp-keepalive-truncated' ? truncated(finding) : mistaken(site, finding);
            if (!report || !firstReport(node, report.messageId)) continue;
            context.report({ node, ...report });
          }
        }

        function mistaken(site: ClientSite, finding: Extract<TcpKeepAliveFinding, { kind: 'tcp-keepalive-mistaken-for-idle-timeout' }>) {
          const option = site.library.optionFor.idleTimeoutMs;
          if (!option) return null;
          const data = {
            tcpOption: finding.setting.option,
            label: constructionLabel(site),
            option,
            target: finding.cap.basis.name,
            targetIdle: formatDuration(finding.cap.basis.idleTimeoutMs),
            margin: formatDuration(targets.marginMs),
            value: formatMsLiteral(finding.cap.ms, style),
          };
          return {
            messageId: 'tcpKeepAliveIsNotIdleTimeout' as const,
            data,
            suggest: [{ messageId: 'addIdleTimeout' as const, data, fix: (fixer: Parameters<typeof setOption>[0]) => setOption(fixer, sourceCode, site, option, data.value) }],
          };
        }

        function truncated(finding: Extract<TcpKeepAliveFinding, { kind: 'tcp-keepalive-truncated' }>) {
          const { setting } = finding;
          const data = {
            tcpOption: setting.option,
            written: sourceCode.getText(setting.valueNode),
            delay: formatDuration(finding.valueMs),
            value: String(TCP_KEEPALIVE_RESOLUTION_MS),
          };
          return {
            messageId: 'tcpKeepAliveTruncated' as const,
            data,
            suggest: [{ messageId: 'useWholeSecond' as const, data, fix: (fixer: Parameters<typeof setOption>[0]) => fixer.replaceText(setting.valueNode, data.value) }],
          };
        }
      },
    };
  },
});
