import { keepAliveCapFindings, keepAliveCapMessages } from '../findings/keepalive-cap';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

export default createRule({
  name: 'require-keepalive-cap',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a keep-alive cap below the idle timeout of declared L4 devices and load balancers, so a server hint cannot keep sockets idle past it',
      recommended: false,
    },
    hasSuggestions: true,
    messages: keepAliveCapMessages,
    schema: [],
  },
  create: (context) => reportFindings(context, keepAliveCapFindings),
});
