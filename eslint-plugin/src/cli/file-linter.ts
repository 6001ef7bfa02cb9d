import { readFileSync } from 'node:fs';
import type { ESLint, Linter, SourceCode } from 'eslint';
import globals from 'globals';
import { keepaliveOnly } from './keepalive-messages';
import { moduleKindsToTry } from './module-kind';
import type { ParserLoader } from './parsers';
import type { ModuleKind, SourceKind } from './source-kinds';

export interface PresetConfig {
  readonly plugins?: Linter.Config['plugins'];
  readonly rules?: Linter.Config['rules'];
}

export interface FileToLint {
  readonly file: string;
  readonly kind: SourceKind;
  /** The merged `settings.keepalive` for this file (undefined: none given anywhere). */
  readonly settings: unknown;
  readonly testFile: boolean;
}

export type LintedFile =
  | { readonly status: 'linted'; readonly result: ESLint.LintResult }
  | { readonly status: 'unparsable'; readonly result: ESLint.LintResult; readonly error: Linter.LintMessage }
  | { readonly status: 'no-parser' };

/** Not applied in test files: a server a test starts is not behind a load balancer. */
const BALANCER_RULE = 'keepalive/require-server-idle-above-balancer';

/**
 * Lints one file with ESLint's `Linter` and the CLI's own configuration, built per file: the file's language and
 * module kind, the settings that apply to it, and whether it is a test. A file that does not parse as the kind
 * its package says is tried as the other kind before it is called unparsable.
 */
export class FileLinter {
  constructor(
    private readonly linter: Linter,
    private readonly preset: PresetConfig,
    private readonly parsers: ParserLoader,
  ) {}

  /** @param onParsed called with the parsed file after the rules ran (the inventory inspects it). */
  lint(target: FileToLint, onParsed?: (sourceCode: SourceCode) => void): LintedFile {
    const parser = this.parsers.parserFor(target.kind.language);
    if (parser === null) return { status: 'no-parser' };
    let text: string;
    try {
      text = readFileSync(target.file, 'utf8');
    } catch (error) {
      const message = { ruleId: null, fatal: true, severity: 2, line: 0, column: 0, message: `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } as Linter.LintMessage;
      return { status: 'unparsable', result: lintResult(target.file, undefined, [message], []), error: message };
    }
    let failure: Linter.LintMessage | undefined;
    for (const moduleKind of moduleKindsToTry(target.file, target.kind)) {
      const messages = this.linter.verify(text, this.config(target, moduleKind, parser), { filename: target.file });
      // After a parse error ESLint keeps no SourceCode: that, not the message text, tells a parse error apart.
      if ((this.linter.getSourceCode() as SourceCode | null) !== null) {
        // Documented in ESLint's Node.js API, missing from its type declarations.
        const suppressed = (this.linter as Linter & { getSuppressedMessages(): Linter.SuppressedLintMessage[] }).getSuppressedMessages();
        onParsed?.(this.linter.getSourceCode());
        return { status: 'linted', result: lintResult(target.file, text, keepaliveOnly(messages), keepaliveOnly(suppressed)) };
      }
      const error = messages.find((message) => message.fatal) ?? messages[0];
      // The attempt that read furthest names the real mistake; the other kind often stops at the first `import`.
      if (error && (!failure || isAfter(error, failure))) failure = error;
    }
    const error = failure ?? ({ ruleId: null, fatal: true, severity: 2, line: 0, column: 0, message: 'Parsing error' } as Linter.LintMessage);
    return { status: 'unparsable', result: lintResult(target.file, text, [error], []), error };
  }

  private config(target: FileToLint, moduleKind: ModuleKind, parser: Linter.Parser | undefined): Linter.Config[] {
    const rules = { ...this.preset.rules };
    if (target.testFile && BALANCER_RULE in rules) rules[BALANCER_RULE] = 'off';
    const settings = target.settings === undefined ? {} : { keepalive: target.settings };
    const linterOptions = { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } as const;
    const ownLanguage = target.kind.language.pluginLanguage;
    const languageOptions = ownLanguage
      ? { language: `keepalive/${ownLanguage}` }
      : {
          languageOptions: {
            ecmaVersion: 'latest' as const,
            sourceType: moduleKind,
            globals: globals.node,
            ...(parser ? { parser } : {}),
            parserOptions: { ecmaFeatures: { jsx: target.kind.jsx } },
          },
        };
    return [
      // The CLI chose the files already (with its own ignores); ESLint's default node_modules ignore must not undo it.
      { ignores: ['!**/node_modules/'] },
      {
        files: [`**/*.${target.kind.extension}`],
        plugins: this.preset.plugins ?? {},
        rules,
        ...languageOptions,
        linterOptions,
        settings,
      },
    ];
  }
}

function isAfter(a: Linter.LintMessage, b: Linter.LintMessage): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}

/** A result as `ESLint#lintFiles` makes it, so every ESLint formatter reads it. */
function lintResult(filePath: string, source: string | undefined, messages: Linter.LintMessage[], suppressedMessages: Linter.SuppressedLintMessage[]): ESLint.LintResult {
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => message.fatal).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    fixableWarningCount: warnings.filter((message) => message.fix).length,
    usedDeprecatedRules: [],
    ...(messages.length > 0 && source !== undefined ? { source } : {}),
  };
}
