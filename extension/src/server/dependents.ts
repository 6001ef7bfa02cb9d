import { pathToFileURL } from 'node:url';

/**
 * Which open documents read which other files of the project when they were last linted (an imported options object,
 * a wrapper module, a subclass), so a change to one of those files re-lints the documents that depend on it. The
 * lists come from the plugin (`modulesReadBy`), kept as file URIs, as file events name them.
 */
export class Dependents {
  private readonly readBy = new Map<string, ReadonlySet<string>>();

  /** What the last lint of `uri` read (absolute paths). */
  record(uri: string, paths: readonly string[]): void {
    if (paths.length === 0) this.readBy.delete(uri);
    else this.readBy.set(uri, new Set(paths.map((path) => pathToFileURL(path).href)));
  }

  forget(uri: string): void {
    this.readBy.delete(uri);
  }

  /** The documents whose last lint read any of the changed files. */
  of(changed: readonly string[]): string[] {
    return [...this.readBy].filter(([, read]) => changed.some((uri) => read.has(uri))).map(([uri]) => uri);
  }
}

/** `eslint.config.{js,mjs,cjs,ts,mts,cts}`, which the client watches for the project's settings and rule levels. */
export function isEslintConfig(uri: string): boolean {
  return /\/eslint\.config\.[cm]?[jt]s$/.test(uri);
}
