import { balancerFindings, balancerMessages } from '../findings/server-idle';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

export default createRule({
  name: 'require-server-idle-above-balancer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Node.js servers behind a load balancer to keep idle connections open longer than the balancer does',
      recommended: true,
    },
    // A longer idle timeout changes how long the server holds sockets, so the user chooses: a suggestion.
    hasSuggestions: true,
    messages: balancerMessages,
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, balancerFindings),
});
