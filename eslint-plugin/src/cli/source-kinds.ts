/**
 * The files the CLI lints, as data: one entry per file extension, naming its language and, where the extension
 * fixes it, its module system. A language says how ESLint parses it. Adding a language (Java, Go through an
 * ESLint `Language`) is one language entry plus its extensions; nothing else in the CLI changes.
 */

/** `module`: ES modules (strict, `import`); `commonjs`: a script with Node's module wrapper (`require`, top-level `return`). */
export type ModuleKind = 'module' | 'commonjs';

export interface SourceLanguage {
  readonly name: string;
  /** A parser package to load, when ESLint's own (espree) cannot read the language. */
  readonly parser?: { readonly module: string; readonly install: string };
  /** Whether the module system matters to parsing and scope (it does for JavaScript and TypeScript). */
  readonly hasModuleKinds: boolean;
  /** One of the plugin's own ESLint languages (`keepalive/java`, `keepalive/go`), which parses the file instead of a parser package. */
  readonly pluginLanguage?: 'java' | 'go';
}

export interface SourceKind {
  readonly extension: string;
  readonly language: SourceLanguage;
  /** Set when the extension decides (`.cjs`, `.mjs`); otherwise the nearest package.json `type` does. */
  readonly moduleKind?: ModuleKind;
  /** JSX is a pure extension of JavaScript (no valid program changes meaning), so every JS file may use it. */
  readonly jsx: boolean;
}

const javascript: SourceLanguage = { name: 'JavaScript', hasModuleKinds: true };
const typescript: SourceLanguage = {
  name: 'TypeScript',
  parser: { module: '@typescript-eslint/parser', install: 'npm install --save-dev @typescript-eslint/parser' },
  hasModuleKinds: true,
};

const java: SourceLanguage = { name: 'Java', hasModuleKinds: false, pluginLanguage: 'java' };
const go: SourceLanguage = { name: 'Go', hasModuleKinds: false, pluginLanguage: 'go' };

export const SOURCE_KINDS: readonly SourceKind[] = [
  { extension: 'js', language: javascript, jsx: true },
  { extension: 'cjs', language: javascript, moduleKind: 'commonjs', jsx: true },
  { extension: 'mjs', language: javascript, moduleKind: 'module', jsx: true },
  { extension: 'jsx', language: javascript, jsx: true },
  // In .ts files `<T>value` is a type assertion, so JSX is for .tsx only.
  { extension: 'ts', language: typescript, jsx: false },
  { extension: 'cts', language: typescript, moduleKind: 'commonjs', jsx: false },
  { extension: 'mts', language: typescript, moduleKind: 'module', jsx: false },
  { extension: 'tsx', language: typescript, jsx: true },
  { extension: 'java', language: java, jsx: false },
  { extension: 'go', language: go, jsx: false },
];

const byExtension = new Map(SOURCE_KINDS.map((kind) => [kind.extension, kind]));

export const LINTED_EXTENSIONS: readonly string[] = SOURCE_KINDS.map((kind) => kind.extension);

/** The kind of a file from its name, or undefined for a file the CLI does not lint. */
export function sourceKindOf(path: string): SourceKind | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : byExtension.get(path.slice(dot + 1).toLowerCase());
}
