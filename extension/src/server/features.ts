import { CodeActionKind, type CodeAction, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, SHOW_DOCUMENTATION_COMMAND } from '../shared/protocol';
import { codeActionsFor, findMessage } from './code-actions';
import type { DiagnosticData } from './diagnostics';
import { hoverAt } from './hover';
import { inlayHintsFor } from './inlay-hints';
import { ruleDocUrl } from './lint-config';
import type { Linting } from './linting';
import type { Notices } from './notices';

interface Parts {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly linting: Linting;
  readonly notices: Notices;
  readonly canShowDocument: boolean;
}

/** Code actions, inlay hints, hovers and the documentation command, all answered from the lint results. */
export function registerFeatures({ connection, documents, linting, notices, canShowDocument }: Parts): void {
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    const only = params.context.only;
    if (!document || (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`)))) return [];
    const linted = linting.cached(document.uri);
    // Diagnostics of an older version would produce edits for text that is gone: answer nothing instead.
    if (!linted || linted.version !== document.version) return [];
    // Quick fixes come with the diagnostics: where ESLint reports the findings, its own extension offers them.
    if (!linted.settings.reporting.publish) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as Partial<DiagnosticData> | undefined;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || data?.version !== document.version) continue;
      const message = findMessage(diagnostic, linted.outcome.messages);
      if (message) actions.push(...codeActionsFor(diagnostic, message, document, ruleDocUrl(String(diagnostic.code))));
    }
    return actions;
  });

  connection.languages.inlayHint.on(async (params) => {
    const linted = await linting.current(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!linted?.settings.inlayHints || !linted.outcome.inspection || !document || document.version !== linted.version) return [];
    return inlayHintsFor(linted.outcome.inspection, document, params.range);
  });

  connection.onHover(async (params) => {
    const linted = await linting.current(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!linted?.outcome.inspection || !document || document.version !== linted.version) return null;
    return hoverAt(linted.outcome.inspection, document, document.offsetAt(params.position));
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_DOCUMENTATION_COMMAND) return;
    const url = params.arguments?.[0];
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
    if (!canShowDocument) {
      notices.log(`Documentation: ${url}`);
      return;
    }
    await connection.window.showDocument({ uri: url, external: true });
  });
}
