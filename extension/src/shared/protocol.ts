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

/** Node flags the server runs with: `--expose-gc` lets it give memory back when idle (`idle-memory.ts`). */
export const SERVER_NODE_FLAGS: readonly string[] = ['--expose-gc'];

/** What the client tells the server when it starts it. */
export interface InitializationOptions {
  /** VS Code's workspace trust: only a trusted workspace's ESLint config (which is code) is loaded. */
  readonly trusted: boolean;
}

/** The filename an unsaved document is linted under, per language id (so the right parser is used). */
export const UNTITLED_FILE_NAMES: Readonly<Record<string, string>> = {
  javascript: 'untitled.js',
  javascriptreact: 'untitled.jsx',
  typescript: 'untitled.ts',
  typescriptreact: 'untitled.tsx',
};
