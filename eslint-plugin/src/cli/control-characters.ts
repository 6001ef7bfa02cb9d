import type { ESLint } from 'eslint';

// C0 and C1 controls (tab kept), DEL, and the bidirectional overrides that can make text read differently
// from what it is ("Trojan Source"). A file name or a parser message can carry any of them.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with each unsafe character written as an escape (`\x1b`, `\u202e`), never raw. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Results safe to print: messages always (a parser quotes the character it stopped at), file paths too unless
 * the format is JSON, which escapes them itself and whose readers need the real path.
 */
export function visibleResults(results: readonly ESLint.LintResult[], keepPaths: boolean): ESLint.LintResult[] {
  return results.map((result) => ({
    ...result,
    filePath: keepPaths ? result.filePath : visible(result.filePath),
    messages: result.messages.map((message) => ({ ...message, message: visible(message.message) })),
    suppressedMessages: result.suppressedMessages.map((message) => ({ ...message, message: visible(message.message) })),
  }));
}
