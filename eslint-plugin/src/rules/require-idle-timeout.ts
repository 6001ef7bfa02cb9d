import { detectNumberStyle, formatDuration, formatMsLiteral, idleVerdict } from '../advice';
import { getSites } from '../sites';
import { createRule } from '../util/create-rule';
import { setOption } from '../util/option-fixes';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';

export default createRule({
  name: 'require-idle-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require keep-alive client pools to close idle sockets on their own side',
      recommended: true,
    },
    // Adding a timeout changes runtime behaviour, so the user chooses: a suggestion, never an autofix.
    hasSuggestions: true,
    messages: {
      missingIdleTimeout:
        '{{label}} keeps idle sockets with no `{{option}}`, so it never closes them itself{{why}}. The next request can go out on a socket {{target}} already closed after {{targetIdle}} idle (ECONNRESET, "socket hang up").',
      addIdleTimeout: 'Set `{{option}}: {{value}}` ({{targetIdle}} idle at {{target}} minus {{margin}} margin)',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        const targets = readRuleTargets(context);
        const style = detectNumberStyle(context.sourceCode.text);
        for (const site of getSites(context.sourceCode).clients) {
          const verdict = idleVerdict(site, targets);
          if (verdict.kind !== 'missing-idle-timeout') continue;
          const option = site.library.optionFor.idleTimeoutMs;
          if (!option) continue;
          const { cap } = verdict;
          const data = {
            label: `\`new ${site.label}()\``,
            option,
            why: site.library.hint === 'lowers-explicit-timeout' ? " (and Node ignores the server's Keep-Alive: timeout= hint without it)" : '',
            target: cap.basis.name,
            targetIdle: formatDuration(cap.basis.idleTimeoutMs),
            margin: formatDuration(targets.marginMs),
            value: formatMsLiteral(cap.ms, style),
          };
          context.report({
            node: site.node,
            messageId: 'missingIdleTimeout',
            data,
            suggest: [
              {
                messageId: 'addIdleTimeout',
                data,
                fix: (fixer) => setOption(fixer, context.sourceCode, site, option, data.value),
              },
            ],
          });
        }
      },
    };
  },
});
