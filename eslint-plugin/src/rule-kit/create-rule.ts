import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import { DOCS_BASE_URL } from '../findings/rule-docs';
import { frontOf } from '../languages';

export interface KeepaliveRuleDocs {
  /** In `configs.recommended` (every rule is in `configs.strict`). */
  recommended?: boolean;
}

// Types only: @typescript-eslint/utils is a build-time dependency, so a JavaScript project installs no TypeScript.
type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, KeepaliveRuleDocs>>;
type CreatedRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<MessageIds, Options, KeepaliveRuleDocs> & { name: string };
type Context<Options extends readonly unknown[], MessageIds extends string> = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/**
 * What `ESLintUtils.RuleCreator` makes (the rule with its docs URL), written here so that nothing of
 * @typescript-eslint is needed at run time, with two changes, both for the cost on the many files that build no pool:
 * - Every keepalive rule but `valid-settings` reports only on the sites its language finds. On a file whose
 *   language says it builds none (in JavaScript: whose text names no tracked module), it registers no listener.
 * - No second merge of default options: ESLint (≥ 9.15, the peer range) already merged `meta.defaultOptions`
 *   into `context.options`. A rule with no defaults gets `[]`. The deprecated top-level `defaultOptions` must be
 *   empty: ESLint never applies it, so a default written there would silently not exist.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): CreatedRule<Options, MessageIds> {
  const { create, meta } = rule;
  const none = Object.freeze([]) as unknown as Options;
  const withOptions = meta.defaultOptions !== undefined;
  return withDocsUrl(rule, (context) => {
    // ESLint creates every rule for one file before the next: all but the first rule of a file stop here.
    const sourceCode = context.sourceCode;
    const filename = context.filename;
    const quiet = sourceCode === lastSourceCode && filename === lastFilename ? lastQuiet : isQuietFile(sourceCode, filename);
    if (quiet) return NO_LISTENERS;
    return create(context, withOptions ? context.options : none);
  });
}

/**
 * A rule that looks at every file whatever it builds (`valid-settings`), with the docs URL. It takes no options, and
 * its `create` is ESLint's own: no layer in between, as it runs on every file.
 */
export function createRuleOnEveryFile<MessageIds extends string>(
  rule: Omit<RuleDefinition<readonly [], MessageIds>, 'create'> & { create(context: Context<readonly [], MessageIds>): TSESLint.RuleListener },
): CreatedRule<readonly [], MessageIds> {
  return withDocsUrl(rule as RuleDefinition<readonly [], MessageIds>, rule.create);
}

function withDocsUrl<Options extends readonly unknown[], MessageIds extends string>(
  { name, meta, defaultOptions }: RuleDefinition<Options, MessageIds>,
  create: (context: Context<Options, MessageIds>) => TSESLint.RuleListener,
): CreatedRule<Options, MessageIds> {
  if (defaultOptions !== undefined && defaultOptions.length > 0) {
    throw new Error(`Rule ${name}: put its default options in meta.defaultOptions, which ESLint applies.`);
  }
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE_URL}${name}.md` }, languages: RULE_LANGUAGES } as CreatedRule<Options, MessageIds>['meta'],
    ...(defaultOptions !== undefined ? { defaultOptions } : {}),
    create,
  };
}

/**
 * Every rule reads its sites through the file's language, so every rule serves every language: where a language
 * builds nothing a rule is about (Node's headers timer in Go), it finds nothing. Listing them all lets a preset apply
 * to every file of a polyglot project without ESLint refusing a rule for a language it does not list.
 */
const RULE_LANGUAGES: readonly string[] = ['js/js', 'keepalive/java', 'keepalive/go'];

/** What a rule registers on a file it has nothing to look at in: one object for every rule and file (ESLint only reads its keys). */
export const NO_LISTENERS = Object.freeze({});

/**
 * The last file's verdict. ESLint creates every rule for one file before the next file, so the rules ask about
 * the same file in a row: only the first one pays for the check. Keyed by the parsed file itself and its name; the
 * one SourceCode held here is the one ESLint's Linter keeps after its last lint anyway.
 */
let lastSourceCode: object | undefined;
let lastFilename: string | undefined;
let lastQuiet = false;

/**
 * No site rule can report on this file: its language says it cannot build a pool or a server (a TypeScript
 * declaration file never runs; any other file must name a tracked module or global). Remembered for the next rules.
 */
function isQuietFile(sourceCode: object, filename: string): boolean {
  lastQuiet = !frontOf(sourceCode).mayHoldSites(sourceCode, filename);
  lastSourceCode = sourceCode;
  lastFilename = filename;
  return lastQuiet;
}
