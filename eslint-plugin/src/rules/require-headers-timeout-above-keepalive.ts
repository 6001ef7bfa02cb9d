import { detectNumberStyle, formatDuration, formatMsLiteral } from '../advice';
import { headersVerdict } from '../advice/server-idle';
import { HEADERS_RACE_NODE } from '../catalog/node-versions';
import { getSites } from '../sites';
import { createRule } from '../util/create-rule';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { planTimeoutEdits } from '../util/server-fixes';

export default createRule({
  name: 'require-headers-timeout-above-keepalive',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `server.headersTimeout` above `keepAliveTimeout` where Node.js counts idle time against it (before 12.19 and 13.13)',
      // Not in recommended: Node.js 12.19, 13.13 and later time headers from a request's first byte.
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      headersTimeoutNotAboveKeepAlive:
        '`{{property}}` ({{headers}}) is not above `keepAliveTimeout` ({{keepAlive}}) of {{label}}. Node.js {{failsOn}}, which {{node}} includes, counts a reused connection\'s idle time against the headers timer, so a connection idle longer than {{headers}} is closed as its next request arrives (nodejs/node#27363).',
      raiseHeadersTimeout: 'Set `{{property}}` to {{value}} (`keepAliveTimeout` + 1 s)',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        const sites = getSites(context.sourceCode).servers;
        const targets = readRuleTargets(context);
        const style = detectNumberStyle(context.sourceCode.text);
        for (const site of sites) {
          const verdict = headersVerdict(site, targets);
          if (verdict.kind !== 'headers-timeout-not-above-keepalive') continue;
          const setting = site.settings.headersTimeoutMs;
          if (setting.source !== 'explicit' || setting.via !== 'assignment') continue;
          const value = formatMsLiteral(verdict.headersMs, style);
          const data = {
            property: setting.option,
            headers: formatDuration(verdict.headers.ms),
            keepAlive: formatDuration(verdict.keepAlive.ms),
            label: `\`${site.label}\``,
            failsOn: HEADERS_RACE_NODE,
            node: `Node.js ${targets.node}`,
            value,
          };
          const plan = planTimeoutEdits(context.sourceCode, site, [{ concept: 'headersTimeoutMs', property: 'headersTimeout', valueText: value, optionHonoured: true }]);
          context.report({
            node: setting.assignments.at(-1)!,
            messageId: 'headersTimeoutNotAboveKeepAlive',
            data,
            suggest: plan ? [{ messageId: 'raiseHeadersTimeout', data, fix: plan.fix }] : [],
          });
        }
      },
    };
  },
});
