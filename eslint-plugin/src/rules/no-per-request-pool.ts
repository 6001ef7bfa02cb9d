import type { TSESTree } from '@typescript-eslint/utils';
import { formatDuration, idleMsOf, poolLifetimeVerdict } from '../advice';
import { getSites, type ClientSite } from '../sites';
import { findPoolUses } from '../sites/pool-lifetime';
import { createRule } from '../util/create-rule';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { constructionLabel } from '../util/setting-report';

export default createRule({
  name: 'no-per-request-pool',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow connection pools built for a single request or a single call',
      recommended: true,
    },
    // No suggestion: moving a construction to module scope changes when it runs and what it can read.
    messages: {
      poolPerRequest:
        '{{pool}} is built inside the options of `{{request}}()`, so every request gets a new pool: no socket is ever reused, and each pool leaves its idle sockets open {{idle}}. Create the pool once, at module scope, and pass that.',
      poolPerRun:
        '{{pool}} is built on {{every}} and used only by `{{request}}()` there, so each run leaves a pool behind with its idle sockets open {{idle}}, never reused. Create it once at module scope, or close it when done.',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        readRuleTargets(context);
        const reported = new Set<TSESTree.Node>();
        for (const use of findPoolUses(getSites(context.sourceCode).requests, context.sourceCode)) {
          const verdict = poolLifetimeVerdict(use);
          if (!verdict || reported.has(use.pool.node)) continue;
          reported.add(use.pool.node);
          const every =
            verdict === 'per-iteration'
              ? 'every iteration of the loop'
              : use.functionName
                ? `every call of \`${use.functionName}\``
                : 'every call of the enclosing function';
          context.report({
            node: use.pool.node,
            messageId: verdict === 'per-request' ? 'poolPerRequest' : 'poolPerRun',
            data: { pool: constructionLabel(use.pool), request: use.request.label, every, idle: idleText(use.pool) },
          });
        }
      },
    };
  },
});

function idleText(pool: ClientSite): string {
  const idleMs = idleMsOf(pool);
  if (idleMs === null) return 'until the server closes them';
  return idleMs === undefined ? 'until they time out' : `for ${formatDuration(idleMs)}`;
}
