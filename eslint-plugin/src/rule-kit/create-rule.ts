import { ESLintUtils } from '@typescript-eslint/utils';
import { DOCS_BASE_URL } from '../findings/rule-docs';
import { frontOf } from '../languages';
import { fileTargets } from './rule-targets';

export interface KeepaliveRuleDocs {
  /** In `configs.recommended` (every rule is in `configs.strict`). */
  recommended?: boolean;
}

const withDocsUrl = ESLintUtils.RuleCreator<KeepaliveRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);

type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof withDocsUrl<Options, MessageIds>>[0];
type CreatedRule<Options extends readonly unknown[], MessageIds extends string> = ReturnType<typeof withDocsUrl<Options, MessageIds>>;
type Context<Options extends readonly unknown[], MessageIds extends string> = Parameters<CreatedRule<Options, MessageIds>['create']>[0];

/**
 * `ESLintUtils.RuleCreator` with two changes, both for the cost on the many files that build no pool:
 * - Every keepalive rule reports only on what `getSites` finds and on malformed `settings.keepalive`. On a file
 *   whose text names no tracked module and whose settings are fine, a rule registers no listener at all.
 * - No second merge of default options: ESLint (≥ 9.15, the peer range) already merged `meta.defaultOptions`
 *   into `context.options`, and the creator's merge clones the defaults for every rule on every file. A rule
 *   with no defaults gets `[]`, as from the creator; only the deprecated top-level `defaultOptions` keeps it.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): CreatedRule<Options, MessageIds> {
  const created = withDocsUrl(rule);
  const none = Object.freeze([]) as unknown as Options;
  const optionsOf =
    rule.meta.defaultOptions !== undefined
      ? (context: Context<Options, MessageIds>) => context.options
      : rule.defaultOptions && rule.defaultOptions.length > 0
        ? null
        : () => none;
  return {
    ...created,
    create(context) {
      if (isQuietFile(context)) return {};
      return optionsOf ? rule.create(context, optionsOf(context)) : created.create(context);
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
 * No keepalive rule can report on this file: its language says it cannot build a pool or a server (a TypeScript
 * declaration file never runs; any other file must name a tracked module or global), and its settings are valid.
 */
function isQuietFile(context: FileContext): boolean {
  const { sourceCode, settings, filename, cwd } = context;
  const text = sourceCode.text;
  const last = lastVerdict;
  if (last !== undefined && last.text === text && last.settings === settings && last.filename === filename && last.cwd === cwd) return last.quiet;
  // Unset settings cannot be malformed: the targets (and the package.json lookup behind them) are not needed.
  const quiet = !frontOf(sourceCode).mayHoldSites(sourceCode, filename) && ((settings as { keepalive?: unknown }).keepalive === undefined || fileTargets(context).problems.length === 0);
  lastVerdict = { text, settings, filename, cwd, quiet };
  return quiet;
}
