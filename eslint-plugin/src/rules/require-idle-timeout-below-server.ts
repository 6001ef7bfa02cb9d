import { detectNumberStyle, formatDuration, formatMsLiteral, idleVerdict, optionToWrite } from '../advice';
import { getSites } from '../sites';
import { createRule } from '../util/create-rule';
import { setOption } from '../util/option-fixes';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { constructionLabel, nodeForSetting, oncePerNode, writtenText } from '../util/setting-report';

export default createRule({
  name: 'require-idle-timeout-below-server',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require client pool idle timeouts, set or default, below the shortest idle timeout of the servers they talk to',
      recommended: true,
    },
    // Lowering a timeout changes runtime behaviour, so the user chooses: a suggestion, never an autofix.
    hasSuggestions: true,
    messages: {
      idleTimeoutNotBelowServer:
        '{{label}} keeps idle sockets for {{idle}} ({{how}}), but {{target}} closes idle connections after {{targetIdle}}. A request can go out on a socket it already closed (ECONNRESET, "socket hang up"); keep the idle timeout at or below {{capped}}.',
      useCappedIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
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
          const verdict = idleVerdict(site, targets);
          if (verdict.kind !== 'idle-timeout-not-below-server') continue;
          const option = optionToWrite(site, 'idleTimeoutMs');
          const node = nodeForSetting(site, verdict.setting);
          if (!option || !firstReport(node, 'idleTimeoutNotBelowServer')) continue;
          const { cap } = verdict;
          const data = {
            label: constructionLabel(site),
            idle: formatDuration(verdict.idleMs),
            how: verdict.setting.source === 'explicit' ? `\`${option}\`` : `\`${option}\` unset: the library's default`,
            target: cap.basis.name,
            targetIdle: formatDuration(cap.basis.idleTimeoutMs),
            capped: formatDuration(cap.ms),
            option,
            value: formatMsLiteral(cap.ms, style, writtenText(sourceCode, verdict.setting)),
            margin: formatDuration(targets.marginMs),
          };
          context.report({
            node,
            messageId: 'idleTimeoutNotBelowServer',
            data,
            suggest: [{ messageId: 'useCappedIdleTimeout', data, fix: (fixer) => setOption(fixer, sourceCode, site, option, data.value) }],
          });
        }
      },
    };
  },
});
