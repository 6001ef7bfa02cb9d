import { ESLintUtils } from '@typescript-eslint/utils';
import { DOCS_BASE_URL } from '../findings/rule-docs';
import { frontOf } from '../languages';

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
 * - Every keepalive rule but `valid-settings` reports only on the sites its language finds. On a file whose
 *   language says it builds none (in JavaScript: whose text names no tracked module), it registers no listener.
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

/** A rule that looks at every file whatever it builds (`valid-settings`): the plain creator, with the docs URL. */
export const createRuleOnEveryFile = withDocsUrl;

type FileContext = Pick<Context<readonly unknown[], string>, 'sourceCode' | 'filename'>;

/**
 * The last file's verdict. ESLint creates every rule for one file before the next file, so the rules ask about
 * the same file in a row: only the first one pays for the text scan. Keyed by the text (the scan's only input; the
 * string is held, not the tree) and the file name.
 */
let lastVerdict: { readonly text: string; readonly filename: string; readonly quiet: boolean } | undefined;

/**
 * No site rule can report on this file: its language says it cannot build a pool or a server (a TypeScript
 * declaration file never runs; any other file must name a tracked module or global).
 */
function isQuietFile(context: FileContext): boolean {
  const { sourceCode, filename } = context;
  const text = sourceCode.text;
  const last = lastVerdict;
  if (last !== undefined && last.text === text && last.filename === filename) return last.quiet;
  const quiet = !frontOf(sourceCode).mayHoldSites(sourceCode, filename);
  lastVerdict = { text, filename, quiet };
  return quiet;
}
