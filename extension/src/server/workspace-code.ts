import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeTimeoutsOf, listCodeFiles, type CodeTimeout } from 'eslint-plugin-keepalive/inspect';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument, MAX_LINTED_CHARS } from './document-linter';
import type { LintedDocument } from './linting';
import { filePathOf } from './paths';
import { pluginLanguage, pluginLanguageOf } from './plugin-languages';

/** Files inspected between two turns of the event loop: a scan never holds up the requests of open documents for long. */
const FILES_PER_TURN = 10;
const JSX_FILES = /\.(?:js|jsx|mjs|cjs|tsx)$/i;
const CODE_FILE = /\.(?:js|jsx|mjs|cjs|ts|tsx|mts|cts|java|go)$/i;

interface ScannedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly timeouts: readonly CodeTimeout[];
}

interface RootCode {
  readonly files: Map<string, ScannedFile>;
  /** A code file under the root was created, changed or deleted since the last scan. */
  stale: boolean;
  scan: Promise<void> | null;
}

/** An open code document's pools and servers, from its last lint (the text in the editor, saved or not). */
export interface OpenCode {
  readonly path: string;
  readonly uri: string;
  readonly timeouts: (file: string) => readonly CodeTimeout[];
}

/**
 * The pools and servers of a repository's code, for the annotations of its config files: each code file read from
 * disk and inspected once with the plugin (its bundled parsers: no workspace code runs), again only when the file
 * watcher reports a change and its modification time or size differs; open documents count as the editor holds them.
 * Scanned on the first config document of a root, not before.
 */
export class WorkspaceCode {
  private readonly roots = new Map<string, RootCode>();

  constructor(private readonly openCode: () => Iterable<OpenCode>) {}

  /** Every pool and server under `root` (open documents as edited, the other files as saved). */
  async timeoutsUnder(root: string): Promise<CodeTimeout[]> {
    let state = this.roots.get(root);
    if (!state) this.roots.set(root, (state = { files: new Map(), stale: true, scan: null }));
    // A request during a scan waits for it (its files are half read), and a change reported meanwhile scans again.
    while (state.stale || state.scan) await (state.scan ??= this.scan(root, state));
    const prefix = root.endsWith('/') || root.endsWith('\\') ? root : `${root}${root.includes('\\') ? '\\' : '/'}`;
    const open = [...this.openCode()].filter((document) => document.path.startsWith(prefix));
    const openFiles = new Set(open.map((document) => relativeName(root, document.path)));
    const timeouts: CodeTimeout[] = [];
    for (const [file, scanned] of this.roots.get(root)!.files) if (!openFiles.has(file)) timeouts.push(...scanned.timeouts);
    for (const document of open) timeouts.push(...document.timeouts(relativeName(root, document.path)));
    return timeouts;
  }

  /** Code files changed on disk: their roots are scanned again (only the changed files are read) on the next request. */
  changed(paths: readonly string[]): void {
    for (const [root, state] of this.roots) if (paths.some((path) => path.startsWith(root))) state.stale = true;
  }

  private async scan(root: string, state: RootCode): Promise<void> {
    state.stale = false;
    try {
      await this.rescan(root, state);
    } finally {
      state.scan = null;
    }
  }

  private async rescan(root: string, state: RootCode): Promise<void> {
    const listed = new Set(listCodeFiles(root).paths);
    for (const file of state.files.keys()) if (!listed.has(file)) state.files.delete(file);
    let count = 0;
    for (const file of listed) {
      if (++count % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      await this.refresh(root, file, state.files);
    }
  }

  /** Reads and inspects one file again when its modification time or size changed since it was last read. */
  private async refresh(root: string, file: string, files: Map<string, ScannedFile>): Promise<void> {
    const path = join(root, file);
    const stats = await stat(path).catch(() => null);
    const known = files.get(file);
    if (!stats || stats.size > MAX_LINTED_CHARS) {
      files.delete(file);
      return;
    }
    if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return;
    const text = await readFile(path, 'utf8').catch(() => null);
    files.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, timeouts: text === null ? [] : await inspectFile(path, file, text, root) });
  }
}

/** A file's pools and servers, or none when it cannot be read (a parse error, a grammar that failed to load). */
async function inspectFile(path: string, file: string, text: string, cwd: string): Promise<readonly CodeTimeout[]> {
  const language = pluginLanguageOf(path);
  if (language && !(await pluginLanguage(language).ready.then(() => true, () => false))) return [];
  try {
    const outcome = lintDocument({ text, filename: path, jsx: JSX_FILES.test(path), settings: {}, rules: {}, cwd });
    return codeTimeoutsOf(outcome.inspection?.sites ?? [], file, pathToFileURL(path).href);
  } catch {
    return [];
  }
}

/** `/` separators, as discovery names files. */
export function relativeName(root: string, path: string): string {
  return path.slice(root.length).replace(/^[\\/]+/, '').split('\\').join('/');
}

/** The open code documents with a current lint, as `WorkspaceCode` counts them (a document not parsed yet is read from disk). */
export function* openCodeOf(documents: TextDocuments<TextDocument>, cached: (uri: string) => LintedDocument | undefined): Iterable<OpenCode> {
  for (const document of documents.all()) {
    const path = filePathOf(document.uri);
    const inspection = cached(document.uri)?.outcome.inspection;
    if (!path || !inspection) continue;
    yield { path, uri: document.uri, timeouts: (file) => codeTimeoutsOf(inspection.sites, file, document.uri) };
  }
}

/** A file the scan reads (JavaScript, TypeScript, Java, Go): a change of one on disk makes its root stale. */
export function isCodeFile(path: string): boolean {
  return CODE_FILE.test(path);
}
