import type { Connection } from 'vscode-languageserver';

/**
 * Where the server tells the user things: the output channel always, a notification once per distinct text
 * (a wrong setting would otherwise pop up on every keystroke).
 */
export class Notices {
  private readonly shown = new Set<string>();
  private readonly logged = new Set<string>();

  constructor(private readonly connection: Connection) {}

  log(text: string): void {
    this.connection.console.log(text);
  }

  error(text: string): void {
    this.connection.console.error(text);
  }

  /** Logs a text once per `key` until `forget(key)` (e.g. a parse error per document). */
  logOnce(key: string, text: string): void {
    const entry = `${key}\u0000${text}`;
    if (this.logged.has(entry)) return;
    this.forget(key);
    this.logged.add(entry);
    this.log(text);
  }

  forget(key: string): void {
    for (const entry of this.logged) if (entry.startsWith(`${key}\u0000`)) this.logged.delete(entry);
  }

  /** A warning notification the first time a text comes up, plus the log. */
  warnOnce(text: string): void {
    if (this.shown.has(text)) return;
    this.shown.add(text);
    this.connection.console.warn(text);
    void this.connection.window.showWarningMessage(`Keep-Alive: ${text}`);
  }
}
