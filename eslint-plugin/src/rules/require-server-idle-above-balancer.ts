import { detectNumberStyle, formatDuration, formatMsLiteral } from '../advice';
import { balancerVerdict, type ServerTimeout } from '../advice/server-idle';
import { getSites, type ServerSite } from '../sites';
import { createRule } from '../util/create-rule';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { planTimeoutEdits, type TimeoutWrite } from '../util/server-fixes';

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
    messages: {
      serverIdleBelowBalancer:
        '{{label}} closes idle connections after {{serverIdle}} ({{basis}}), but {{balancer}} in front keeps them for up to {{balancerIdle}}: it will send requests on connections this server has already closed (intermittent 502s). `keepAliveTimeout` must be above {{required}} ({{balancerIdle}} + {{margin}} margin).',
      setKeepAliveTimeout: 'Set `keepAliveTimeout` to {{value}} ({{balancer}} {{balancerIdle}} + {{headroom}}){{headers}}',
      bindAndSetKeepAliveTimeout: 'Keep the server in `const {{name}}` and set its `keepAliveTimeout` to {{value}} ({{balancer}} {{balancerIdle}} + {{headroom}}){{headers}}',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        const sites = getSites(context.sourceCode).servers;
        const targets = readRuleTargets(context);
        if (sites.length === 0 || targets.frontedBy.length === 0) return;
        const style = detectNumberStyle(context.sourceCode.text);
        for (const site of sites) {
          const verdict = balancerVerdict(site, targets);
          if (verdict.kind !== 'server-idle-below-balancer') continue;
          const { idle, balancer, keepAliveMs, headersMs } = verdict;
          const value = formatMsLiteral(keepAliveMs, style);
          const headersValue = headersMs === null ? null : formatMsLiteral(headersMs, style);
          const data = {
            label: `\`${site.label}\``,
            serverIdle: formatDuration(idle.ms),
            basis: describeBasis(site, idle),
            balancer: balancer.name,
            balancerIdle: formatDuration(balancer.idleTimeoutMs),
            required: formatDuration(verdict.requiredAboveMs),
            margin: formatDuration(targets.marginMs),
            value,
            headroom: formatDuration(keepAliveMs - balancer.idleTimeoutMs!),
            headers: headersValue === null ? '' : `, and \`headersTimeout\` to ${headersValue} so it stays above it`,
          };
          const keepAlive: TimeoutWrite = { concept: 'keepAliveTimeoutMs', property: 'keepAliveTimeout', valueText: value, optionHonoured: idle.basis !== 'option-ignored' };
          const headers: TimeoutWrite | null = headersValue === null ? null : { concept: 'headersTimeoutMs', property: 'headersTimeout', valueText: headersValue, optionHonoured: true };
          // `Fastify({ … });` kept nowhere: the option can still be set, with no name to assign headersTimeout on.
          const withHeaders = headers ? planTimeoutEdits(context.sourceCode, site, [keepAlive, headers]) : null;
          const plan = withHeaders ?? planTimeoutEdits(context.sourceCode, site, [keepAlive]);
          if (!withHeaders) data.headers = '';
          context.report({
            node: site.node,
            messageId: 'serverIdleBelowBalancer',
            data,
            suggest: plan
              ? [
                  plan.bindAs === null
                    ? { messageId: 'setKeepAliveTimeout', data, fix: plan.fix }
                    : { messageId: 'bindAndSetKeepAliveTimeout', data: { ...data, name: plan.bindAs }, fix: plan.fix },
                ]
              : [],
          });
        }
      },
    };
  },
});

/** Why the server has that idle timeout, in the words of the message. */
function describeBasis(site: ServerSite, idle: ServerTimeout): string {
  const onNode = idle.versions && idle.versions !== '*' ? ` on Node.js ${idle.versions}` : '';
  switch (idle.basis) {
    case 'explicit':
      return 'set here';
    case 'option-ignored':
      return `Node.js before 18 ignores the \`keepAliveTimeout\` option of createServer and uses its default${onNode}`;
    default:
      return site.framework.defaults.keepAliveTimeoutMs.of === 'node' ? `the Node.js default${onNode}` : `the ${site.framework.name} default`;
  }
}
