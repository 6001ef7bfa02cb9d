import { missingIdleTimeoutFindings, missingIdleTimeoutMessages } from '../findings/client-idle';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

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
    messages: missingIdleTimeoutMessages,
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, missingIdleTimeoutFindings),
});
