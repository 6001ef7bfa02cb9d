import { CodeActionKind, type CodeAction, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, SHOW_DOCUMENTATION_COMMAND } from '../shared/protocol';
import { codeActionsFor, findMessage } from './code-actions';
import type { ConfigHints } from './config-hints';
import { useDiscoveredAction } from './discovered-fix';
import { hoverAt } from './hover';
import { inlayHintsFor } from './inlay-hints';
import { ruleDocUrl } from './lint-config';
import type { Linting } from './linting';
import type { Notices } from './notices';

interface Parts {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly linting: Linting;
  readonly configHints: ConfigHints;
  readonly notices: Notices;
  readonly canShowDocument: boolean;
}

/**
 * Code actions, inlay hints, hovers and the documentation command, all answered from the lint results; config
 * documents get their inlay hints and hovers from `ConfigHints`.
 */
export function registerFeatures({ connection, documents, linting, configHints, notices, canShowDocument }: Parts): void {
  connection.onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    // A request can come before the lint of the version it is for (Ctrl+. right after an edit, or while the server
    // is busy): it waits for that lint rather than answering nothing, which VS Code shows as "No code actions available".
    const linted = await linting.current(uri);
    const document = documents.get(uri);
    if (token.isCancellationRequested) return null;
    // The fixes are made from the lint of the text as it is now (never from an older version's, whose edits would be
    // for text that is gone), for the findings the request names by rule and range.
    if (!linted || !document || linted.version !== document.version) return [];
    // Quick fixes come with the diagnostics: where ESLint reports the findings, its own extension offers them.
    if (!linted.settings.reporting.publish) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of ours) {
      const message = findMessage(diagnostic, linted.outcome.messages);
      if (message) actions.push(...codeActionsFor(diagnostic, message, document, ruleDocUrl(String(diagnostic.code))));
    }
    const useDiscovered = useDiscoveredAction(linted, uri, ours);
    if (useDiscovered) actions.push(useDiscovered);
    return actions;
  });

  connection.languages.inlayHint.on(async (params) => {
    const config = documents.get(params.textDocument.uri);
    if (config && configHints.isConfig(config)) return configHints.inlayHints(config.uri, params.range);
    const linted = await linting.current(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!linted?.settings.inlayHints || !linted.outcome.inspection || !document || document.version !== linted.version) return [];
    return inlayHintsFor(linted.outcome.inspection, document, params.range);
  });

  connection.onHover(async (params) => {
    const config = documents.get(params.textDocument.uri);
    if (config && configHints.isConfig(config)) return configHints.hover(config.uri, config.offsetAt(params.position));
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
