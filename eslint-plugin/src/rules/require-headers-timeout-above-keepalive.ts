import { headersFindings, headersMessages } from '../findings/server-idle';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

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
    messages: headersMessages,
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, headersFindings),
});
