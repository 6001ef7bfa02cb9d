/**
 * What the CLI skips unless `--no-default-ignores`: installed packages and built output, which are not the
 * project's source (and a finding there cannot be fixed there). `--help` lists these.
 */
export const DEFAULT_IGNORED_FOLDERS: readonly string[] = [
  'node_modules',
  'dist',
  'build',
  'out',
  'coverage',
  'vendor',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.cache',
];

/** Minified bundles: built output that sits beside sources (matched against the file name). */
export const DEFAULT_IGNORED_FILE_GLOBS: readonly string[] = ['*.min.js', '*.min.cjs', '*.min.mjs'];

/** Never source, never scanned, whatever the flags. */
export const VERSION_CONTROL_FOLDERS: ReadonlySet<string> = new Set(['.git', '.hg', '.svn']);
