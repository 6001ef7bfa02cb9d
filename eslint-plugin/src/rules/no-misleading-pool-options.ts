import type { TSESLint } from '@typescript-eslint/utils';
import { describeZero, misleadingPoolOptions, unkeyedPools, type OptionFinding, type ProtocolKeyFinding } from '../advice';
import type { ZeroMeaning } from '../catalog/types';
import { getSites, type ClientSite, type RequestSite } from '../sites';
import { lookup } from '../sites/static-values';
import { createRule } from '../util/create-rule';
import { nestPropertyValue, renameProperty } from '../util/property-fixes';
import { INVALID_SETTINGS_MESSAGE, readRuleTargets } from '../util/rule-targets';
import { constructionLabel, oncePerNode } from '../util/setting-report';

type MessageId =
  | 'zeroUsesDefault'
  | 'zeroMeansUnlimited'
  | 'zeroThrows'
  | 'zeroFallsBack'
  | 'rejectedOption'
  | 'legacyOption'
  | 'legacyOptionIgnored'
  | 'poolNotKeyedByProtocol'
  | 'renameOption'
  | 'keyByProtocol'
  | 'invalidSettings';

export default createRule<[], MessageId>({
  name: 'no-misleading-pool-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow pool options that silently mean something else, or throw only at the first request',
      recommended: true,
    },
    // Renaming an option changes what the pool does (that is the point), so the user chooses.
    hasSuggestions: true,
    messages: {
      zeroUsesDefault: '`{{option}}: 0` does not turn this off: {{library}} treats 0 as unset and uses its default, {{fallback}}.',
      zeroMeansUnlimited: '`{{option}}: 0` does not mean zero: {{library}} treats 0 as {{meaning}}.',
      zeroThrows: '`{{option}}: 0` is invalid: {{library}} throws instead of using it{{when}}.',
      zeroFallsBack: '`{{option}}: 0` does not turn this off: {{library}} then applies `{{fallbackOption}}` instead{{fallbackValue}}.',
      rejectedOption: '`{{option}}` is not an option of {{label}}: {{library}} throws for it{{when}}; {{instead}}.',
      legacyOption:
        '`{{option}}` is the legacy name of `{{replacement}}` in {{library}}: it prints a deprecation warning, and it silently overrides `{{replacement}}` when both are set.',
      legacyOptionIgnored:
        '`{{option}}: {{value}}` is ignored: {{library}} reads its legacy name `{{option}}` only when it is truthy, so the default `{{replacement}}` applies.',
      poolNotKeyedByProtocol:
        '{{request}} wants `{{option}}` to be an object keyed by protocol (`{ http, https, http2 }`); given {{pool}} itself it throws ("Unexpected agent option") {{when}}.',
      renameOption: 'Rename to `{{replacement}}`',
      keyByProtocol: 'Pass it as `{{option}}: { {{protocol}}: … }`',
      invalidSettings: INVALID_SETTINGS_MESSAGE,
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const firstReport = oncePerNode();

    function reportPoolOption(site: ClientSite, finding: OptionFinding): void {
      const messageId = messageFor(finding);
      if (!firstReport(finding.property, `${messageId}:${finding.option}`)) return;
      const data = findingData(site, finding, sourceCode);
      const replacement = finding.kind === 'zero' || (finding.kind === 'legacy' && finding.ignored) ? undefined : finding.replacement;
      // Only a property of the options literal itself is renamed (as `setOption` edits it): one from a spread
      // source may be shared with other code.
      const options = site.options.state === 'object' ? site.options.shape : null;
      const rename =
        replacement && options && finding.property.parent === options.literal && lookup(options, replacement).state === 'absent' ? replacement : undefined;
      context.report({
        node: finding.property,
        messageId,
        data,
        suggest: rename
          ? [{ messageId: 'renameOption', data: { replacement: rename }, fix: (fixer) => renameProperty(fixer, sourceCode, finding.property, rename) }]
          : [],
      });
    }

    function reportUnkeyedPool(request: RequestSite, finding: ProtocolKeyFinding): void {
      const { property } = finding.option;
      if (!firstReport(property, 'poolNotKeyedByProtocol')) return;
      const option = request.requester.protocolKeyedOption!.option;
      const protocol = finding.protocol;
      context.report({
        node: property,
        messageId: 'poolNotKeyedByProtocol',
        data: {
          request: `\`${request.label}()\``,
          option,
          pool: constructionLabel(finding.pool),
          when: request.call.kind === 'instance' ? 'when the instance is created' : 'when the request is made',
        },
        suggest:
          protocol && request.options.some((options) => options.shape.literal === property.parent)
            ? [{ messageId: 'keyByProtocol', data: { option, protocol }, fix: (fixer) => nestPropertyValue(fixer, sourceCode, property, protocol) }]
            : [],
      });
    }

    return {
      'Program:exit'() {
        readRuleTargets(context);
        const sites = getSites(sourceCode);
        for (const site of sites.clients) {
          for (const finding of misleadingPoolOptions(site)) reportPoolOption(site, finding);
        }
        for (const request of sites.requests) {
          for (const finding of unkeyedPools(request)) reportUnkeyedPool(request, finding);
        }
      },
    };
  },
});

function messageFor(finding: OptionFinding): MessageId {
  switch (finding.kind) {
    case 'zero':
      return ZERO_MESSAGES[finding.effect];
    case 'rejected':
      return 'rejectedOption';
    case 'legacy':
      return finding.ignored ? 'legacyOptionIgnored' : 'legacyOption';
  }
}

function findingData(site: ClientSite, finding: OptionFinding, sourceCode: Readonly<TSESLint.SourceCode>): Record<string, string> {
  const base = { option: finding.option, library: site.library.name, label: constructionLabel(site), when: whenItThrows(site) };
  switch (finding.kind) {
    case 'zero':
      return { ...base, ...describeZero(site, finding) };
    case 'rejected':
      return { ...base, instead: finding.replacement ? `use \`${finding.replacement}\`` : (finding.instead ?? 'see its documented options') };
    case 'legacy':
      return { ...base, replacement: finding.replacement, value: sourceCode.getText(finding.property.value) };
  }
}

/** undici's Agent and Pool keep their options and build connection clients, which check them, at the first request. */
function whenItThrows(site: ClientSite): string {
  return site.constructor.validatesAtFirstRequest ? ', and only when the first request is sent, not at startup' : ` when ${constructionLabel(site)} runs`;
}

const ZERO_MESSAGES: Record<ZeroMeaning['effect'], MessageId> = {
  default: 'zeroUsesDefault',
  unlimited: 'zeroMeansUnlimited',
  invalid: 'zeroThrows',
  fallback: 'zeroFallsBack',
};

