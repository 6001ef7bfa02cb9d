import { MarkdownString, StatusBarAlignment, window, workspace, type Disposable, type StatusBarItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORTING_NOTIFICATION, type Reporter, type ReportingParams } from '../shared/protocol';

const TEXT: Readonly<Record<Reporter, string>> = {
  eslint: 'Keep-Alive: ESLint reports',
  keepalive: 'Keep-Alive: reporting',
  off: 'Keep-Alive: diagnostics off',
};

/**
 * The status bar item that says who reports the active document's findings, as the server decided it
 * (`keepalive/reporting`). Hidden for documents the server has not spoken of. A click opens the setting.
 */
export class ReportingStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly byUri = new Map<string, ReportingParams>();
  private readonly subscriptions: Disposable[];

  constructor() {
    this.item = window.createStatusBarItem('keepalive.reporting', StatusBarAlignment.Right, 100);
    this.item.name = 'Keep-Alive';
    this.item.command = { title: 'Open the keepalive.diagnostics setting', command: 'workbench.action.openSettings', arguments: ['keepalive.diagnostics'] };
    this.subscriptions = [
      this.item,
      window.onDidChangeActiveTextEditor(() => this.show()),
      workspace.onDidCloseTextDocument((document) => {
        this.byUri.delete(document.uri.toString());
        this.show();
      }),
    ];
  }

  /** Listens to a (new) client; what an earlier server said no longer holds. */
  follow(client: LanguageClient): Disposable {
    this.byUri.clear();
    this.show();
    return client.onNotification(REPORTING_NOTIFICATION, (params: ReportingParams) => {
      this.byUri.set(params.uri, params);
      this.show();
    });
  }

  private show(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    if (!status || !(status.reporter in TEXT)) {
      this.item.hide();
      return;
    }
    this.item.text = TEXT[status.reporter];
    this.item.tooltip = new MarkdownString(`${status.why}\n\n${status.change}\n\nClick to open the setting.`);
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
