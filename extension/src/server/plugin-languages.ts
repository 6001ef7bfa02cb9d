import keepalive from 'eslint-plugin-keepalive';

/** The plugin's own ESLint languages (`keepalive/java`, `keepalive/go`): tree-sitter grammars loaded on first need. */
export type PluginLanguageId = 'java' | 'go';

const BY_EXTENSION: ReadonlyArray<readonly [RegExp, PluginLanguageId]> = [
  [/\.java$/, 'java'],
  [/\.go$/, 'go'],
];

/**
 * The plugin language a file is linted in, from the name it is linted under (`lintFilename` gives every
 * document the extension of its language), as the lint config's `files` patterns decide it; `null` for
 * JavaScript and TypeScript, which ESLint reads itself.
 */
export function pluginLanguageOf(filename: string): PluginLanguageId | null {
  return BY_EXTENSION.find(([extension]) => extension.test(filename))?.[1] ?? null;
}

/** The ESLint language object: `ready`, and the files whose parses start from their last tree (`editedFiles`). */
export function pluginLanguage(id: PluginLanguageId): (typeof keepalive.languages)[PluginLanguageId] {
  return keepalive.languages[id];
}
