import { perRequestPoolFindings, perRequestPoolMessages } from '../findings/per-request-pool';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

export default createRule({
  name: 'no-per-request-pool',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow connection pools built for a single request or a single call',
      recommended: true,
    },
    // No suggestion: moving a construction to module scope changes when it runs and what it can read.
    messages: perRequestPoolMessages,
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, perRequestPoolFindings),
});
