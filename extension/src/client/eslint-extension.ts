import { Disposable, Uri, extensions, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ESLINT_CHANGED_NOTIFICATION, ESLINT_COVERAGE_REQUEST, type EslintCoverage, type EslintCoverageParams } from '../shared/protocol';
import { eslintCoverage } from './eslint-coverage';

export const ESLINT_EXTENSION_ID = 'dbaeumer.vscode-eslint';

/** How often to look whether the installed ESLint extension has started, and for how long at most. */
const ACTIVATION_POLL_MS = 1_000;
const ACTIVATION_POLL_LIMIT = 300;

/** Whether the ESLint extension lints the document, as it is now. */
export function currentEslintCoverage({ uri, languageId }: EslintCoverageParams): EslintCoverage {
  const extension = extensions.getExtension(ESLINT_EXTENSION_ID);
  const resource = Uri.parse(uri);
  const config = workspace.getConfiguration('eslint', resource);
  return eslintCoverage(
    {
      installed: extension !== undefined,
      active: extension?.isActive === true,
      trusted: workspace.isTrusted,
      settings: { enable: config.get('enable'), validate: config.get('validate'), probe: config.get('probe'), ignoreUntitled: config.get('ignoreUntitled') },
    },
    { languageId, untitled: resource.scheme === 'untitled' },
  );
}

/**
 * Answers the server's questions about the ESLint extension and tells the server when the answers may have
 * changed: its settings changed, it was installed, enabled or disabled, or it started. VS Code has no event for
 * another extension's activation, so an installed one that has not started yet is looked at once a second.
 */
export function followEslintExtension(client: LanguageClient): Disposable {
  const changed = () => {
    if (client.isRunning()) void client.sendNotification(ESLINT_CHANGED_NOTIFICATION);
  };
  // Told only when it really changed: each notice makes the server lint every open document again.
  let state = extensionState();
  const stateChanged = () => {
    const now = extensionState();
    if (now === state) return;
    state = now;
    changed();
  };
  let poll: NodeJS.Timeout | undefined;
  const watchActivation = () => {
    clearInterval(poll);
    if (state !== 'installed') return;
    let checks = 0;
    poll = setInterval(() => {
      stateChanged();
      if (state !== 'installed' || ++checks > ACTIVATION_POLL_LIMIT) clearInterval(poll);
    }, ACTIVATION_POLL_MS);
  };
  watchActivation();
  return Disposable.from(
    client.onRequest(ESLINT_COVERAGE_REQUEST, (params: EslintCoverageParams) => currentEslintCoverage(params)),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('eslint')) changed();
    }),
    // Fired when any extension is installed, removed, enabled or disabled.
    extensions.onDidChange(() => {
      stateChanged();
      watchActivation();
    }),
    new Disposable(() => clearInterval(poll)),
  );
}

function extensionState(): 'absent' | 'installed' | 'active' {
  const extension = extensions.getExtension(ESLINT_EXTENSION_ID);
  if (!extension) return 'absent';
  return extension.isActive ? 'active' : 'installed';
}
