import { poolLimitFindings, poolLimitMessages } from '../findings/pool-limits';
import { createRule } from '../rule-kit/create-rule';
import { reportFindings } from '../rule-kit/report-findings';

const DEFAULT_MAX_SOCKETS = 50;

type Options = [{ maxSockets?: number }];

export default createRule<Options, keyof typeof poolLimitMessages>({
  name: 'require-pool-limits',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require keep-alive client pools to bound their sockets per origin',
      recommended: false,
    },
    hasSuggestions: true,
    messages: poolLimitMessages,
    schema: [
      {
        type: 'object',
        description: 'How the suggestion bounds a pool.',
        properties: {
          maxSockets: {
            type: 'integer',
            minimum: 1,
            description:
              'Sockets per origin the suggestion writes (`maxSockets` for Node agents and agentkeepalive, `connections` for undici).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ maxSockets: DEFAULT_MAX_SOCKETS }],
  },
  create(context, [options]) {
    const bound = options.maxSockets ?? DEFAULT_MAX_SOCKETS;
    return reportFindings(context, (facts) => poolLimitFindings(facts, bound));
  },
});
