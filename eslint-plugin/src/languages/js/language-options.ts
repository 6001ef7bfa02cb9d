import type { Linter } from 'eslint';

// Loaded on the first TypeScript file: the parser (with TypeScript itself) is most of an editor's memory at
// start, and many workspaces never open a TS file.
let tsParser: Linter.Parser | undefined;
function typescriptParser(): Linter.Parser {
  return (tsParser ??= require('@typescript-eslint/parser') as Linter.Parser);
}

// The file patterns a config object needs: ESLint never counts a universal pattern (any name in any folder)
// as naming a file, so the extensions are spelled out.
export const LINTED_FILES: readonly string[] = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

const TYPESCRIPT = /\.(?:ts|mts|cts|tsx)$/i;
const JSX = /\.(?:jsx|tsx)$/i;
const COMMONJS = /\.c[jt]s$/i;

/**
 * How a file is parsed, from its name: the TypeScript parser for TS files, espree otherwise; JSX for
 * `.jsx`/`.tsx` (or when the editor says the document is JSX); CommonJS scope for `.cjs`/`.cts`.
 */
export function languageOptionsFor(filename: string, options: { jsx?: boolean } = {}): Linter.LanguageOptions {
  const jsx = options.jsx ?? JSX.test(filename);
  return {
    ecmaVersion: 'latest',
    sourceType: COMMONJS.test(filename) ? 'commonjs' : 'module',
    ...(TYPESCRIPT.test(filename) ? { parser: typescriptParser() } : {}),
    parserOptions: { ecmaFeatures: { jsx } },
  };
}
