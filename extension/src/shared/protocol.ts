/** Names the client and the server both use. */

/** The language client's id: also the prefix of `keepalive.trace.server`. */
export const CLIENT_ID = 'keepalive';

/** The settings section every setting lives under. */
export const SETTINGS_SECTION = 'keepalive';

/** `diagnostic.source`. */
export const DIAGNOSTIC_SOURCE = 'keepalive';

/** Request: the server catalogue as Markdown (params: none, result: string). */
export const SERVER_DEFAULTS_REQUEST = 'keepalive/serverDefaults';

/** Server command behind "Show documentation": opens the rule page (arguments: [url]). */
export const SHOW_DOCUMENTATION_COMMAND = 'keepalive.showDocumentation';

/**
 * Client command behind the quick fix "Use the servers discovered in this workspace": writes the `keepalive.*`
 * settings it is given to the workspace settings (arguments: [`UseDiscoveredArguments`]).
 */
export const USE_DISCOVERED_COMMAND = 'keepalive.useDiscoveredTargets';

export interface UseDiscoveredArguments {
  /** The document the fix was offered on: the scope the settings are written for. */
  readonly uri: string;
  /** The new values, `'discovered'` first and then the ids the setting already listed. */
  readonly settings: Partial<Record<'servers' | 'frontedBy', readonly unknown[]>>;
}

/** Node flags the server runs with: `--expose-gc` lets it give memory back when idle (`idle-memory.ts`). */
export const SERVER_NODE_FLAGS: readonly string[] = ['--expose-gc'];

/** What the client tells the server when it starts it. */
export interface InitializationOptions {
  /** VS Code's workspace trust: only a trusted workspace's ESLint config (which is code) is loaded. */
  readonly trusted: boolean;
  /** The client answers `ESLINT_COVERAGE_REQUEST`. Without it the server assumes the ESLint extension lints nothing. */
  readonly eslintCoverage?: boolean;
}

/** `keepalive.diagnostics`: who publishes the findings as diagnostics. */
export type DiagnosticsMode = 'auto' | 'always' | 'never';

export const DIAGNOSTICS_MODES: readonly DiagnosticsMode[] = ['auto', 'always', 'never'];

/**
 * Request, server to client: would the ESLint extension (dbaeumer.vscode-eslint) lint this document?
 * Params: `EslintCoverageParams`; result: `EslintCoverage`.
 */
export const ESLINT_COVERAGE_REQUEST = 'keepalive/eslintCoverage';

export interface EslintCoverageParams {
  readonly uri: string;
  readonly languageId: string;
}

export interface EslintCoverage {
  readonly lints: boolean;
  /** Why, as a sentence (for the status item's tooltip). */
  readonly reason: string;
}

/** Notification, client to server: the ESLint extension or its settings changed; ask `ESLINT_COVERAGE_REQUEST` again. */
export const ESLINT_CHANGED_NOTIFICATION = 'keepalive/eslintChanged';

/** Notification, server to client: who reports the findings of one document. Params: `ReportingParams`. */
export const REPORTING_NOTIFICATION = 'keepalive/reporting';

/** `eslint`: the ESLint extension does (we publish nothing); `keepalive`: this server does; `off`: nobody. */
export type Reporter = 'eslint' | 'keepalive' | 'off';

export interface ReportingParams {
  readonly uri: string;
  readonly reporter: Reporter;
  /** Why this reporter, as sentences. */
  readonly why: string;
  /** How to change it, as a sentence. */
  readonly change: string;
}

/**
 * The languages the server lints, by VS Code language id, each with the name an unsaved document is linted
 * under (its extension picks the parser: ESLint's own for JavaScript, the plugin's languages for Java and Go).
 */
export const UNTITLED_FILE_NAMES: Readonly<Record<string, string>> = {
  javascript: 'untitled.js',
  javascriptreact: 'untitled.jsx',
  typescript: 'untitled.ts',
  typescriptreact: 'untitled.tsx',
  java: 'Untitled.java',
  go: 'untitled.go',
};
