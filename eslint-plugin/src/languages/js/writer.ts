import type { TSESLint } from '@typescript-eslint/utils';
import { detectNumberStyle, formatMsLiteral } from '../../advice/format';
import type { ClientSite, ExplicitSetting, ProtocolKeyedPool, ServerSite, SuggestionWriter, TextEdit, TimeoutWrite } from '../../sites';
import type { JsClientSite, JsExplicitSetting } from './client-sites';
import { setOption } from './option-fixes';
import { nestPropertyValue, renameProperty } from './property-fixes';
import { planTimeoutEdits } from './server-fixes';
import type { JsServerSite } from './server-sites';
import type { JsProtocolKeyedPool } from './sites';
import { textFixer, toEdits } from './text-fixer';

/**
 * Suggestions in a JavaScript or TypeScript file: number literals in the file's own style, and edits that keep the
 * user's comments, quotes and trailing commas. Sites given to it are the ones the JavaScript finder made for the file.
 */
export function jsWriter(sourceCode: Readonly<TSESLint.SourceCode>): SuggestionWriter {
  const style = detectNumberStyle(sourceCode.text);
  return {
    milliseconds: (ms: number, replacing?: ExplicitSetting) => formatMsLiteral(ms, style, replacing?.text),
    setClientOption: (site: ClientSite, option: string, valueText: string) => toEdits(setOption(textFixer, sourceCode, site as JsClientSite, option, valueText)),
    // A value written in another module is shown where it enters this file: there is nothing of it here to replace.
    replaceValue: (setting: ExplicitSetting, valueText: string): TextEdit[] | null =>
      (setting as Partial<JsExplicitSetting>).elsewhere ? null : [{ range: setting.valueRange, text: valueText }],
    renameOption(site: ClientSite, option: string, to: string): TextEdit[] | null {
      const { argument } = site as JsClientSite;
      const entry = argument.state === 'object' ? argument.shape.entries.get(option) : undefined;
      // Only a property of the options literal itself is renamed: one from a spread source may be shared with other code.
      if (!entry || argument.state !== 'object' || entry.property.parent !== argument.shape.literal) return null;
      return toEdits(renameProperty(textFixer, sourceCode, entry.property, to));
    },
    keyByProtocol(use: ProtocolKeyedPool, protocol: 'http' | 'https'): TextEdit[] | null {
      const keyed = use as JsProtocolKeyedPool;
      return keyed.inRequestLiteral ? toEdits(nestPropertyValue(textFixer, sourceCode, keyed.property, protocol)) : null;
    },
    setServerTimeouts(site: ServerSite, writes: readonly TimeoutWrite[]) {
      const plan = planTimeoutEdits(sourceCode, site as JsServerSite, writes);
      return plan ? { bindAs: plan.bindAs, edits: toEdits(plan.fix(textFixer))! } : null;
    },
  };
}

export type { JsExplicitSetting };
