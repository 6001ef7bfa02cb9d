'use strict';
// Helpers for the suites that run inside the extension host: open fixture files, wait for the
// language server, and ask VS Code's own provider commands for what the user would see, keeping
// only what this extension contributed (TypeScript and other extensions answer the same commands).
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'keepalive-lint.keepalive-lint-vscode';
const SOURCE = 'keepalive';
const OUR_TITLE = /\(keepalive\/[a-z-]+\)$|^Disable keepalive\/|^Show documentation for keepalive\//;
// Every hover of the extension holds its comparison table; TypeScript's never does.
const OUR_HOVER = /\| idle timeout \| (?:this pool|this server) \| source \|/;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a truthy value. The deadline only guards against hangs: on a loaded 2-core
 * machine the first diagnostics of a window (activation, server start, first lint) took over 30 s.
 */
async function waitFor(probe, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await delay(50);
  }
}

function workspaceFile(relative) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, relative));
}

/** Opens a workspace file in an editor and waits for the extension to be active. */
async function openFile(relative) {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, `${EXTENSION_ID} to activate`);
  return { document, editor, uri: document.uri };
}

function ourDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** The extension's diagnostics once `accept` likes them (by default: once there are any). */
function diagnosticsWhen(uri, accept = (list) => list.length > 0, what = `diagnostics for ${path.basename(uri.fsPath)}`) {
  return waitFor(() => {
    const list = ourDiagnostics(uri);
    return accept(list) ? list : undefined;
  }, what);
}

/** The range covering the first occurrence of `text` in the document. */
function rangeOf(document, text) {
  const at = document.getText().indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in ${document.uri.fsPath}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

/** The end position of the first occurrence of `text` (where an inlay hint after it sits). */
function endOf(document, text) {
  return rangeOf(document, text).end;
}

/**
 * The extension's code actions for `range`. Asked without a kind and filtered by title: with a kind, VS Code
 * 1.100 cancels the request whenever any extension registers a code-action provider meanwhile (it
 * compares the kind-filtered provider list with the unfiltered one), which another extension's
 * activation can do at any moment.
 */
async function quickFixes(uri, range) {
  const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range)) ?? [];
  return actions.filter((action) => OUR_TITLE.test(action.title));
}

function labelText(hint) {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

/** Inlay hints over the whole document, as `{ line, character, label }`, in document order. */
async function inlayHints(document) {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const hints = (await vscode.commands.executeCommand('vscode.executeInlayHintProvider', document.uri, whole)) ?? [];
  return hints
    .map((hint) => ({ line: hint.position.line, character: hint.position.character, label: labelText(hint) }))
    .sort((a, b) => a.line - b.line || a.character - b.character);
}

function markdownOf(hover) {
  return hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/** This extension's hovers at `position`, as `{ markdown, range }`. */
async function ourHovers(uri, position) {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.map((hover) => ({ markdown: markdownOf(hover), range: hover.range })).filter((hover) => OUR_HOVER.test(hover.markdown));
}

/** Throws away unsaved edits of the document, so the next test starts from the file on disk. */
async function revert(document) {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !document.isDirty, `${path.basename(document.uri.fsPath)} to be reverted`);
}

module.exports = {
  EXTENSION_ID,
  SOURCE,
  waitFor,
  workspaceFile,
  openFile,
  ourDiagnostics,
  diagnosticsWhen,
  rangeOf,
  endOf,
  quickFixes,
  inlayHints,
  ourHovers,
  revert,
};
