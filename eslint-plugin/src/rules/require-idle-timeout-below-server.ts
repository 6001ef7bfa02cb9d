import { idleTimeoutNotBelowServerFindings, idleTimeoutNotBelowServerMessages } from '../findings/client-idle';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';
import { INVALID_SETTINGS_MESSAGE } from '../rule-kit/rule-targets';

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
    messages: { ...idleTimeoutNotBelowServerMessages, invalidSettings: INVALID_SETTINGS_MESSAGE },
    schema: [],
  },
  create: (context) => reportFindings(context, idleTimeoutNotBelowServerFindings),
});
