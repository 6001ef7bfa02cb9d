import { misleadingOptionFindings, misleadingOptionMessages } from '../findings/misleading-options';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

export default createRule({
  name: 'no-misleading-pool-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow pool options that silently mean something else, or throw only at the first request',
      recommended: true,
    },
    // Renaming an option changes what the pool does (that is the point), so the user chooses.
    hasSuggestions: true,
    messages: misleadingOptionMessages,
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportFindings(context, misleadingOptionFindings),
});
