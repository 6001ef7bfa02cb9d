import {
  detectNumberStyle,
  formatDuration,
  formatMsLiteral,
  keepAliveCapVerdict,
  lifetimeCapVerdict,
  optionToWrite,
} from '../advice';
import type { ClientSite, Setting } from '../sites';
import { getSites } from '../sites';
import type { Targets } from '../targets';
import { createRule } from '../util/create-rule';
import { setOption } from '../util/option-fixes';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { constructionLabel, nodeForSetting, oncePerNode, writtenText } from '../util/setting-report';

type MessageIds =
  | 'missingKeepAliveCap'
  | 'keepAliveCapAboveMiddlebox'
  | 'setKeepAliveCap'
  | 'missingLifetimeCap'
  | 'lifetimeCapAboveTarget'
  | 'setLifetimeCap'
  | 'invalidSettings';

/** One finding, whichever cap it is about. */
interface CapFinding {
  readonly messageId: Exclude<MessageIds, 'invalidSettings' | 'setKeepAliveCap' | 'setLifetimeCap'>;
  readonly suggestId: 'setKeepAliveCap' | 'setLifetimeCap';
  readonly concept: 'keepAliveCapMs' | 'maxLifetimeMs';
  readonly setting: Setting;
  readonly capMs: number | null;
  readonly cappedMs: number;
  readonly limit: { readonly name: string; readonly ms: number };
}

export default createRule<[], MessageIds>({
  name: 'require-keepalive-cap',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a keep-alive cap below the idle timeout of declared L4 devices and load balancers, so a server hint cannot keep sockets idle past it',
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      missingKeepAliveCap:
        "{{label}} lets a server's `Keep-Alive: timeout=` hint raise its idle time {{cap}} (`{{option}}` unset: the library's default), longer than {{target}} keeps an idle flow ({{limit}}). A socket idle past that is dropped on the way and the next request on it fails (ECONNRESET).",
      keepAliveCapAboveMiddlebox:
        "`{{option}}` lets a server's `Keep-Alive: timeout=` hint keep an idle socket of {{label}} {{cap}}, longer than {{target}} keeps an idle flow ({{limit}}). A socket idle past that is dropped on the way and the next request on it fails (ECONNRESET).",
      setKeepAliveCap: 'Set `{{option}}: {{value}}` ({{limit}} idle at {{target}} minus {{margin}} margin)',
      missingLifetimeCap:
        '{{label}} keeps connections with no age limit (`{{option}}` unset), but {{target}} ends connections after {{limit}} without telling the client. A request on an older connection fails (ECONNRESET).',
      lifetimeCapAboveTarget:
        '`{{option}}` lets {{label}} keep a connection {{cap}}, but {{target}} ends connections after {{limit}} without telling the client. A request on an older connection fails (ECONNRESET).',
      setLifetimeCap: 'Set `{{option}}: {{value}}` ({{limit}} connection age at {{target}} minus {{margin}} margin)',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  create(context) {
    return {
      'Program:exit'() {
        const targets = readRuleTargets(context);
        const sourceCode = context.sourceCode;
        const style = detectNumberStyle(sourceCode.text);
        const firstReport = oncePerNode();
        for (const site of getSites(sourceCode).clients) {
          for (const finding of capFindings(site, targets)) {
            const option = optionToWrite(site, finding.concept);
            const node = nodeForSetting(site, finding.setting);
            if (!option || !firstReport(node, finding.messageId)) continue;
            const data = {
              label: constructionLabel(site),
              option,
              cap: finding.capMs === null ? 'without limit' : `up to ${formatDuration(finding.capMs)}`,
              target: finding.limit.name,
              limit: formatDuration(finding.limit.ms),
              margin: formatDuration(targets.marginMs),
              value: formatMsLiteral(finding.cappedMs, style, writtenText(sourceCode, finding.setting)),
            };
            context.report({
              node,
              messageId: finding.messageId,
              data,
              suggest: [{ messageId: finding.suggestId, data, fix: (fixer) => setOption(fixer, sourceCode, site, option, data.value) }],
            });
          }
        }
      },
    };
  },
});

function capFindings(site: ClientSite, targets: Targets): CapFinding[] {
  const findings: CapFinding[] = [];
  const hint = keepAliveCapVerdict(site, targets);
  if (hint.kind === 'no-keepalive-cap' || hint.kind === 'keepalive-cap-above-middlebox') {
    findings.push({
      messageId: hint.kind === 'no-keepalive-cap' ? 'missingKeepAliveCap' : 'keepAliveCapAboveMiddlebox',
      suggestId: 'setKeepAliveCap',
      concept: 'keepAliveCapMs',
      setting: hint.setting,
      capMs: hint.capMs,
      cappedMs: hint.cap.ms,
      limit: { name: hint.cap.basis.name, ms: hint.cap.basis.idleTimeoutMs! },
    });
  }
  const lifetime = lifetimeCapVerdict(site, targets);
  if (lifetime.kind === 'no-lifetime-cap' || lifetime.kind === 'lifetime-cap-above-target') {
    findings.push({
      messageId: lifetime.kind === 'no-lifetime-cap' ? 'missingLifetimeCap' : 'lifetimeCapAboveTarget',
      suggestId: 'setLifetimeCap',
      concept: 'maxLifetimeMs',
      setting: lifetime.setting,
      capMs: lifetime.capMs,
      cappedMs: lifetime.cap.ms,
      limit: { name: lifetime.cap.basis.name, ms: lifetime.cap.maxConnectionAgeMs },
    });
  }
  return findings;
}
