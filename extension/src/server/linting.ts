import { modulesReadBy, type Discovery } from 'eslint-plugin-keepalive/inspect';
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { REPORTING_NOTIFICATION, type ReportingParams } from '../shared/protocol';
import type { DocumentSettings, SettingsResolver } from './document-settings';
import { lintDocument, type LintOutcome } from './document-linter';
import { toDiagnostic } from './diagnostics';
import { ruleDocUrl } from './lint-config';
import type { Notices } from './notices';
import { EditedTrees } from './edited-trees';
import { IdleMemory } from './idle-memory';
import { Dependents } from './dependents';
import { ParseCache } from './parse-cache';
import { isJsxLanguage, lintFilename } from './paths';
import { pluginLanguage, pluginLanguageOf } from './plugin-languages';
import { asEditorSettingProblem } from './settings';

/** The lint result of one document version. */
export interface LintedDocument {
  readonly version: number;
  /** Which settings generation it was linted with: a settings change makes older results stale. */
  readonly generation: number;
  readonly outcome: LintOutcome;
  readonly settings: DocumentSettings;
}

const NOTHING: LintOutcome = { messages: [], inspection: null, skipped: null, parseError: null, failedRules: [], inspectionError: null, parsed: false };

/**
 * Lints open documents: at once when opened or edited after a quiet spell, once per settled burst of edits
 * (debounced), and on demand when a request needs the current version. Publishes diagnostics; keeps the last
 * result per document.
 */
export class Linting {
  private readonly results = new Map<string, LintedDocument>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document was last edited, to tell a burst of edits from a single one. */
  private readonly lastEdits = new Map<string, number>();
  private generation = 0;
  /** The parse of the document last edited, reused by its next edit when that only changes a number. */
  private readonly parses = new ParseCache();
  private editedUri: string | null = null;
  /** The last tree of each open Java or Go document, for its next parse. */
  private readonly trees = new EditedTrees();
  private readonly idleMemory = new IdleMemory();
  /**
   * The lint running per document, with the version and settings generation it was started for: a request that
   * needs that same lint (an inlay hint, a hover, a code action right after an edit) waits for it instead of
   * starting another. Under load, VS Code's first requests for a document would otherwise lint it three times over.
   */
  private readonly running = new Map<string, { readonly key: string; readonly result: Promise<LintedDocument | null> }>();
  /**
   * What was last published per document. The same diagnostics are not published again (a relint after a settings
   * reload, a second request for one version): every publish makes VS Code ask for code actions again, and that
   * cancels a Ctrl+. still in flight, which then shows "No code actions available".
   */
  private readonly published = new Map<string, string>();
  /** The reporting last told to the client per document, so it is told only of changes. */
  private readonly announced = new Map<string, string>();
  private readonly dependents = new Dependents();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsResolver,
    private readonly notices: Notices,
    private readonly options: {
      debounceMs: number;
      cwd: () => string;
      /** Whether a document is linted at all: config documents are open too, for their hints, but are not code. */
      lints: (uri: string) => boolean;
      /** The discovery of a file's repository, for hovers and the "use the discovered servers" fix. */
      discovery: (filename: string) => Discovery;
      /** Told after each lint of a document's version. */
      linted?: (uri: string, linted: LintedDocument) => void;
    },
  ) {}

  /**
   * An edit after a quiet spell (a single change, or the first keystroke of a burst) is linted at once, so a
   * one-off change never waits for the debounce; the edits of a burst are linted once they have settled.
   */
  schedule(document: TextDocument): void {
    const uri = document.uri;
    if (this.editedUri !== uri) this.parses.forget();
    this.editedUri = uri;
    const now = performance.now();
    const quiet = now - (this.lastEdits.get(uri) ?? -Infinity) >= this.options.debounceMs;
    this.lastEdits.set(uri, now);
    if (quiet && !this.timers.has(uri)) {
      void this.lint(uri);
      return;
    }
    clearTimeout(this.timers.get(uri));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.lint(uri);
    }, this.options.debounceMs);
    this.timers.set(uri, timer);
  }

  /** The result for the document's current version, linting now if there is none yet. */
  async current(uri: string): Promise<LintedDocument | null> {
    const document = this.documents.get(uri);
    const cached = this.results.get(uri);
    if (document && cached?.version === document.version && cached.generation === this.generation) return cached;
    return this.lint(uri);
  }

  /** The last result, whatever version it was for (never lints). */
  cached(uri: string): LintedDocument | undefined {
    return this.results.get(uri);
  }

  /** Settings changed: every result is stale, and every open document is linted again. */
  relintAll(): void {
    this.generation++;
    for (const document of this.documents.all()) void this.lint(document.uri);
  }

  /** Files changed on disk: the open documents whose last lint read one of them are linted again. */
  relintDependents(changedUris: readonly string[]): void {
    for (const uri of this.dependents.of(changedUris)) {
      if (!this.documents.get(uri)) continue;
      // A lint of this version still running read the old module: this one must not join it.
      this.running.delete(uri);
      void this.lint(uri);
    }
  }

  forget(uri: string): void {
    this.dependents.forget(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastEdits.delete(uri);
    this.results.delete(uri);
    this.running.delete(uri);
    this.published.delete(uri);
    this.announced.delete(uri);
    if (this.editedUri === uri) {
      this.editedUri = null;
      this.parses.forget();
    }
    this.trees.forget(uri);
    this.notices.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Lints the document's current version now, or joins the lint of that version already running. Never throws. */
  lint(uri: string): Promise<LintedDocument | null> {
    if (!this.options.lints(uri)) return Promise.resolve(null);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const key = `${this.documents.get(uri)?.version}:${this.generation}`;
    const running = this.running.get(uri);
    if (running?.key === key) return running.result;
    const result = this.lintNow(uri);
    this.running.set(uri, { key, result });
    void result.finally(() => {
      if (this.running.get(uri)?.result === result) this.running.delete(uri);
    });
    return result;
  }

  /** Whatever goes wrong is logged and the other documents are not touched. */
  private async lintNow(uri: string): Promise<LintedDocument | null> {
    const generation = this.generation;
    try {
      const settings = await this.settings.forDocument(uri);
      // The settings changed while they were read: the newer lint publishes, not this one.
      if (generation !== this.generation) return await this.current(uri);
      if (settings.enable) await this.languageReady(uri);
      const document = this.documents.get(uri); // read after the awaits: the text may have changed meanwhile
      if (!document) return null;
      const outcome = settings.enable ? this.run(document, settings) : NOTHING;
      if (!outcome.parsed) this.trees.forget(uri);
      this.idleMemory.afterWork();
      const linted: LintedDocument = { version: document.version, generation, outcome, settings };
      this.report(uri, linted);
      this.results.set(uri, linted);
      this.options.linted?.(uri, linted);
      this.announce(uri, settings);
      // Where another reports the findings (or nobody should), this server publishes none.
      if (!settings.reporting.publish) {
        this.publish({ uri, version: linted.version, diagnostics: [] });
        return linted;
      }
      // A text that does not parse (mid-edit, usually) keeps the findings of the last version that did.
      if (outcome.parseError !== null) return linted;
      this.publish({
        uri,
        version: linted.version,
        diagnostics: outcome.messages.map((message) => toDiagnostic(message, linted.version, (ruleId) => ruleDocUrl(ruleId))),
      });
      return linted;
    } catch (error) {
      this.notices.error(`Linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.notices.warnOnce(`Could not lint ${uri.split('/').pop()}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]} (see the Keep-Alive output).`);
      return null;
    }
  }

  /**
   * A Java or Go document waits for its language's grammar, loaded on the first such document (about 0.1 s once).
   * One that failed to load is said once; the lint then reports why the text could not be parsed.
   */
  private async languageReady(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const language = document && pluginLanguageOf(lintFilename(uri, document.languageId, this.options.cwd()));
    if (!language) return;
    await pluginLanguage(language).ready.catch((error: unknown) => {
      this.notices.warnOnce(`Keep-Alive cannot read ${language === 'java' ? 'Java' : 'Go'} files: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private run(document: TextDocument, settings: DocumentSettings): LintOutcome {
    const cwd = this.options.cwd();
    const filename = lintFilename(document.uri, document.languageId, cwd);
    const outcome = this.lintText(document, settings, filename, cwd);
    this.dependents.record(document.uri, modulesReadBy(filename));
    return outcome;
  }

  private lintText(document: TextDocument, settings: DocumentSettings, filename: string, cwd: string): LintOutcome {
    const language = pluginLanguageOf(filename);
    if (language) this.trees.follow(document.uri, language, filename);
    return lintDocument({
      text: document.getText(),
      filename,
      jsx: isJsxLanguage(document.languageId),
      settings: settings.settings,
      rules: settings.rules,
      cwd,
      documentKey: document.uri,
      discovery: this.options.discovery(filename),
    }, undefined, document.uri === this.editedUri ? this.parses : undefined);
  }

  private publish(params: PublishDiagnosticsParams): void {
    const key = JSON.stringify(params);
    if (this.published.get(params.uri) === key) return;
    this.published.set(params.uri, key);
    void this.connection.sendDiagnostics(params);
  }

  /** Tells the client who reports the document's findings, when that changed (the status item shows it). */
  private announce(uri: string, { reporting }: DocumentSettings): void {
    const params: ReportingParams = { uri, reporter: reporting.reporter, why: reporting.why, change: reporting.change };
    const key = JSON.stringify(params);
    if (this.announced.get(uri) === key) return;
    this.announced.set(uri, key);
    void this.connection.sendNotification(REPORTING_NOTIFICATION, params);
  }

  /** Logs what went wrong with this version, once per document and message. */
  private report(uri: string, { outcome, settings }: LintedDocument): void {
    if (outcome.skipped) this.notices.logOnce(`${uri}#skipped`, `Skipped ${uri}: ${outcome.skipped}.`);
    if (outcome.parseError) this.notices.logOnce(`${uri}#parse`, `Not linted (does not parse): ${uri}: ${outcome.parseError}`);
    for (const failed of outcome.failedRules) {
      this.notices.logOnce(`${uri}#${failed.ruleId}`, `Rule ${failed.ruleId} failed on ${uri} and was skipped for it: ${failed.error}`);
    }
    if (outcome.inspectionError) this.notices.logOnce(`${uri}#inspect`, `Inlay hints and hovers unavailable for ${uri}: ${outcome.inspectionError}`);
    for (const problem of outcome.inspection?.problems ?? []) {
      this.notices.warnOnce(settings.origin === 'editor' ? asEditorSettingProblem(problem) : `ESLint config: ${problem}`);
    }
  }
}
