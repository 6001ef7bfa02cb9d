import { idleTimeoutNotBelowServerFindings, idleTimeoutNotBelowServerMessages } from '../findings/client-idle';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

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
    messages: idleTimeoutNotBelowServerMessages,
    schema: [],
  },
  create: (context) => reportFindings(context, idleTimeoutNotBelowServerFindings),
});
