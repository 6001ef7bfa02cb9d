import { optionToWrite, poolLimitVerdict } from '../advice';
import type { ClientConcept } from '../catalog/types';
import { getSites, type ClientSite } from '../sites';
import { createRule } from '../util/create-rule';
import { setOption } from '../util/option-fixes';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { constructionLabel, nodeForSetting, oncePerNode } from '../util/setting-report';

const DEFAULT_MAX_SOCKETS = 50;

type Options = [{ maxSockets?: number }];

export default createRule<Options, 'unboundedPool' | 'setPoolLimit' | 'invalidSettings'>({
  name: 'require-pool-limits',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require keep-alive client pools to bound their sockets per origin',
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      unboundedPool:
        "{{label}} opens one socket per concurrent request with no upper bound ({{why}}). A burst can exhaust file descriptors or the server's connection limit, and every one of those sockets then waits idle in the pool.",
      setPoolLimit: 'Set `{{option}}: {{value}}` per origin',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
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
    const bound = String(options.maxSockets ?? DEFAULT_MAX_SOCKETS);
    return {
      'Program:exit'() {
        readRuleTargets(context);
        const sourceCode = context.sourceCode;
        const firstReport = oncePerNode();
        for (const site of getSites(sourceCode).clients) {
          const verdict = poolLimitVerdict(site);
          if (verdict.kind !== 'unbounded-pool') continue;
          const option = optionToWrite(site, 'maxSockets');
          const node = nodeForSetting(site, verdict.setting);
          if (!option || !firstReport(node, 'unboundedPool')) continue;
          const why =
            verdict.setting.source === 'explicit'
              ? `\`${option}: ${sourceCode.getText(verdict.setting.valueNode)}\` means no limit`
              : `${verdict.limits.map((concept) => `\`${optionName(site, concept)}\``).join(' and ')} unset: no limit`;
          const data = { label: constructionLabel(site), why, option, value: bound };
          context.report({
            node,
            messageId: 'unboundedPool',
            data,
            suggest: [{ messageId: 'setPoolLimit', data, fix: (fixer) => setOption(fixer, sourceCode, site, option, bound) }],
          });
        }
      },
    };
  },
});

/** The library's own name for a concept, as users know it from its docs. */
function optionName(site: ClientSite, concept: ClientConcept): string {
  return site.library.optionFor[concept] ?? Object.keys(site.library.options).find((name) => site.library.options[name] === concept) ?? concept;
}
