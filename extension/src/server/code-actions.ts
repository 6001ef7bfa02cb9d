import type { Linter } from 'eslint';
import { CodeActionKind, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SHOW_DOCUMENTATION_COMMAND } from '../shared/protocol';
import { messageRange, sameRange } from './diagnostics';

/** The lint message a diagnostic was made from: same rule, same range. */
export function findMessage(diagnostic: Diagnostic, messages: readonly Linter.LintMessage[]): Linter.LintMessage | undefined {
  return messages.find((message) => message.ruleId === diagnostic.code && sameRange(messageRange(message), diagnostic.range));
}

/**
 * The quick fixes for one finding: each ESLint suggestion (never preferred, so nothing applies it on its own),
 * a disable comment for the line, and the rule's documentation. Edits name the document version they were
 * computed for, so an editor refuses them once the text has changed.
 */
export function codeActionsFor(diagnostic: Diagnostic, message: Linter.LintMessage, document: TextDocument, docUrl: string | undefined): CodeAction[] {
  const ruleId = message.ruleId ?? String(diagnostic.code);
  const actions: CodeAction[] = (message.suggestions ?? []).map((suggestion) => ({
    title: `${suggestion.desc} (${ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: false,
    edit: versionedEdit(document, [
      TextEdit.replace({ start: document.positionAt(suggestion.fix.range[0]), end: document.positionAt(suggestion.fix.range[1]) }, suggestion.fix.text),
    ]),
  }));
  actions.push({
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [disableNextLineEdit(document, diagnostic.range.start.line, ruleId)]),
  });
  if (docUrl) {
    const title = `Show documentation for ${ruleId}`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_DOCUMENTATION_COMMAND, arguments: [docUrl] } });
  }
  return actions;
}

/** `// eslint-disable-next-line <rule>` above the line, with the line's own indentation and line ending. */
export function disableNextLineEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return TextEdit.insert({ line, character: 0 }, `${indent}// eslint-disable-next-line ${ruleId}${eol}`);
}

function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}
