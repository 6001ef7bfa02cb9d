import { parse as parsePath } from 'node:path';
import { Linter, type SourceCode } from 'eslint';
import { inspectSourceCode, mayContainSites, type Discovery, type Inspection } from 'eslint-plugin-keepalive/inspect';
import { inEditorLines } from './editor-lines';
import { keepalivePlugin, linterConfig, type LintPlugin } from './lint-config';
import { rebuildSourceCode, reparseNumberEdit } from './number-edit';
import type { ParseCache } from './parse-cache';
import { pluginLanguageOf } from './plugin-languages';

/** Larger documents are generated or minified code: parsing them would stall every other request. */
export const MAX_LINTED_CHARS = 1_000_000;

export interface LintRequest {
  readonly text: string;
  /** Absolute path (an unsaved document gets one in its folder, named for its language). */
  readonly filename: string;
  readonly jsx: boolean;
  /** ESLint shared settings: `{ keepalive: … }`. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly rules: Readonly<Record<string, unknown>>;
  readonly cwd: string;
  /** Which document the text is (its URI): with a parse cache, the parse is kept for this document's next edit. */
  readonly documentKey?: string;
  /** The discovery of the file's repository: hovers list what it found, whatever the settings name. */
  readonly discovery?: Discovery;
}

export interface LintOutcome {
  /**
   * Findings of keepalive rules (parse errors and other rules' messages are not findings), with lines and
   * columns as the editor counts them.
   */
  readonly messages: readonly Linter.LintMessage[];
  readonly inspection: Inspection | null;
  /** Why the text was not linted at all. */
  readonly skipped: string | null;
  readonly parseError: string | null;
  /** Rules that threw on this text: they were turned off for it and the others ran. */
  readonly failedRules: ReadonlyArray<{ readonly ruleId: string; readonly error: string }>;
  /** The inspection itself threw (the findings are still valid). */
  readonly inspectionError: string | null;
  /** Whether the text was parsed: false when it was skipped, or names nothing a site could be built from. */
  readonly parsed: boolean;
}

/**
 * Lints one text with the keepalive rules and inspects it, sharing one parse and one site-finding pass. With a
 * parse cache, an edit inside a number of a JavaScript document's previous text reuses that parse (a Java or Go
 * document re-parses incrementally in its language instead: `edited-trees.ts`). A Java or Go text is linted
 * only once its language is ready (`pluginLanguage(id).ready`).
 */
export function lintDocument(request: LintRequest, plugin: LintPlugin = keepalivePlugin, parses?: ParseCache): LintOutcome {
  const empty = { messages: [], inspection: null, skipped: null, parseError: null, failedRules: [], inspectionError: null, parsed: false };
  if (request.text.length > MAX_LINTED_CHARS) {
    return { ...empty, skipped: `${(request.text.length / 1e6).toFixed(1)} MB is over the ${MAX_LINTED_CHARS / 1e6} MB limit for linting in the editor` };
  }
  const parseKey = parseKeyOf(request);
  const javascript = pluginLanguageOf(request.filename) === null;
  // Java and Go are always parsed (incrementally, for well under a millisecond per edit): their site finders rule
  // out a file that names none of their packages before any search.
  if (javascript && !mayContainSites(request.text)) {
    parses?.take(parseKey);
    return empty;
  }
  let input = javascript ? reusedParse(parses?.take(parseKey), request.text) : request.text;
  const linter = newLinter(request.filename);
  const failedRules: Array<{ ruleId: string; error: string }> = [];
  const rules = { ...request.rules };
  let messages: Linter.LintMessage[];
  for (;;) {
    try {
      messages = linter.verify(input, linterConfig(request.filename, { ...request, rules, plugin }), { filename: request.filename });
      break;
    } catch (error) {
      const ruleId = (error as { ruleId?: unknown }).ruleId;
      // Only a rule's own failure is recovered here; anything else (a broken config) is the caller's to report.
      if (typeof ruleId !== 'string' || rules[ruleId] === undefined || rules[ruleId] === 'off') throw error;
      failedRules.push({ ruleId, error: firstLine(error) });
      rules[ruleId] = 'off';
      // A reused parse gets a fresh SourceCode for the next attempt: ESLint keeps per-run state on it.
      if (typeof input !== 'string') input = rebuildSourceCode(input);
    }
  }
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { ...empty, parsed: true, failedRules, parseError: `${fatal.message} (line ${fatal.line}, column ${fatal.column})` };
  if (javascript) parses?.keep(parseKey, linter.getSourceCode());
  let inspection: Inspection | null = null;
  let inspectionError: string | null = null;
  try {
    inspection = inspectSourceCode(linter.getSourceCode(), {
      filename: request.filename,
      settings: request.settings,
      cwd: request.cwd,
      ...(request.discovery ? { discovery: request.discovery } : {}),
    });
  } catch (error) {
    inspectionError = firstLine(error);
  }
  const keepaliveMessages = messages.filter((message) => message.ruleId?.startsWith('keepalive/') && message.messageId !== 'invalidSettings');
  const findings = inEditorLines(keepaliveMessages, linter.getSourceCode());
  return { ...empty, parsed: true, messages: findings, inspection, failedRules, inspectionError };
}

/**
 * The previous parse moved onto the new text when the edit only changed a number, else the text to parse afresh.
 * A function of its own so that a previous parse that cannot be reused is garbage before the new parse starts,
 * not held through the lint by a local variable (for a 10 000-line module that is about 80 MB more to mark).
 */
function reusedParse(previous: SourceCode | undefined, text: string): string | SourceCode {
  return (previous && reparseNumberEdit(previous, text)) ?? text;
}

/** Which parse of a text can be reused for it: the same document, parsed as the same file name and language. */
export function parseKeyOf(request: Pick<LintRequest, 'documentKey' | 'filename' | 'jsx'>): string {
  return `${request.documentKey ?? request.filename}\0${request.filename}\0${request.jsx}`;
}

/**
 * A Linter for one run, whose cwd is the file-system root so every absolute file name gets the config. Never
 * reused: a Linter keeps the last SourceCode it verified (AST, tokens, scopes: about 80 MB for 10 000 lines)
 * until its next run, and that memory is only needed while the document is inspected.
 */
function newLinter(filename: string): Linter {
  return new Linter({ configType: 'flat', cwd: parsePath(filename).root || '/' });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
