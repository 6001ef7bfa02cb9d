import { tcpKeepAliveFindingsOf, tcpKeepAliveMessages } from '../findings/tcp-keepalive';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

export default createRule({
  name: 'no-tcp-keepalive-as-idle-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow TCP keepalive settings (`keepAliveMsecs`) standing in for an idle timeout, and delays TCP truncates to 0 s',
      recommended: true,
    },
    hasSuggestions: true,
    messages: tcpKeepAliveMessages,
    schema: [],
  },
  create: (context) => reportFindings(context, tcpKeepAliveFindingsOf),
});
