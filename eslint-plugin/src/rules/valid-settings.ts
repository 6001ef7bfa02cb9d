import { settingsFindings, settingsMessages } from '../findings/settings';
import { createRuleOnEveryFile, NO_LISTENERS } from '../rule-kit/create-rule';
import { frontOf } from '../languages';
import { fileTargets } from '../rule-kit/rule-targets';

/** The last settings object seen without `keepalive`. */
let lastUnset: object | undefined;

export default createRuleOnEveryFile({
  name: 'valid-settings',
  meta: {
    type: 'problem',
    docs: {
      description: 'Report malformed `settings.keepalive` (unknown server ids, negative margins, unknown keys) instead of ignoring them',
      recommended: true,
    },
    messages: settingsMessages,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Unset settings cannot be malformed: the targets (and the package.json lookup behind them) are not needed.
    // ESLint hands every file of a config the same settings object, so one without `keepalive` is looked at once.
    const settings = context.settings;
    if (settings === lastUnset) return NO_LISTENERS;
    if ((settings as { keepalive?: unknown }).keepalive === undefined) {
      lastUnset = settings;
      return NO_LISTENERS;
    }
    return {
      [frontOf(context.sourceCode).exitSelector]() {
        for (const finding of settingsFindings(fileTargets(context))) {
          context.report({ loc: { line: 1, column: 0 }, messageId: 'invalidSettings', data: finding.data });
        }
      },
    };
  },
});
