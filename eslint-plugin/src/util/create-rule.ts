import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import { mayHoldSites } from '../sites';
import { isDeclarationFile } from './declaration-file';
import { fileTargets } from './rule-targets';

export interface KeepaliveRuleDocs {
  /** In `configs.recommended` (every rule is in `configs.strict`). */
  recommended?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/';

// Types only: @typescript-eslint/utils is a build-time dependency, so a JavaScript project installs no TypeScript.
type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, KeepaliveRuleDocs>>;
type CreatedRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<MessageIds, Options, KeepaliveRuleDocs> & { name: string };

/**
 * What `ESLintUtils.RuleCreator` makes (the rule with its docs URL), written here so that nothing of
 * @typescript-eslint is needed at run time, with two changes, both for the cost on the many files that build no pool:
 * - Every keepalive rule reports only on what `getSites` finds and on malformed `settings.keepalive`. On a file
 *   whose text names no tracked module and whose settings are fine, a rule registers no listener at all.
 * - No second merge of default options: ESLint (≥ 9.15, the peer range) already merged `meta.defaultOptions`
 *   into `context.options`. A rule with no defaults gets `[]`. The deprecated top-level `defaultOptions` must be
 *   empty: ESLint never applies it, so a default written there would silently not exist.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): CreatedRule<Options, MessageIds> {
  const { name, meta, create, defaultOptions } = rule;
  if (defaultOptions !== undefined && defaultOptions.length > 0) {
    throw new Error(`Rule ${name}: put its default options in meta.defaultOptions, which ESLint applies.`);
  }
  const none = Object.freeze([]) as unknown as Options;
  const optionsOf = meta.defaultOptions !== undefined ? (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) => context.options : () => none;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE_URL}${name}.md` } },
    ...(defaultOptions !== undefined ? { defaultOptions } : {}),
    create(context) {
      if (isQuietFile(context)) return {};
      return create(context, optionsOf(context));
    },
  };
}

type FileContext = Parameters<typeof fileTargets>[0];

/**
 * The last file's verdict. ESLint creates every rule for one file before the next file, so the nine rules ask
 * about the same file in a row: only the first one pays for the text scan and the settings. Keyed by the text
 * (the scan's only input; the string is held, not the tree) and what the settings depend on.
 */
let lastVerdict: { readonly text: string; readonly settings: unknown; readonly filename: string; readonly cwd: string; readonly quiet: boolean } | undefined;

/**
 * No keepalive rule can report on this file: it cannot build a pool or a server (a declaration file never runs;
 * any other file must name a tracked module or global), and its settings are valid.
 */
function isQuietFile(context: FileContext): boolean {
  const { sourceCode, settings, filename, cwd } = context;
  const text = sourceCode.text;
  const last = lastVerdict;
  if (last !== undefined && last.text === text && last.settings === settings && last.filename === filename && last.cwd === cwd) return last.quiet;
  // Unset settings cannot be malformed: the targets (and the package.json lookup behind them) are not needed.
  const quiet = (isDeclarationFile(filename) || !mayHoldSites(sourceCode)) && ((settings as { keepalive?: unknown }).keepalive === undefined || fileTargets(context).problems.length === 0);
  lastVerdict = { text, settings, filename, cwd, quiet };
  return quiet;
}
