import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Linter } from 'eslint';
import type { SourceLanguage } from './source-kinds';

/**
 * Loads a language's parser package from where the command was installed (the `keepalive-lint` package
 * depends on the TypeScript parser) or, failing that, beside this plugin (where it is an optional peer).
 * A parser that is not installed is `null`: its files are skipped and the summary says how to install it.
 */
export class ParserLoader {
  private readonly loaded = new Map<string, Linter.Parser | null>();

  constructor(private readonly resolveFrom: readonly string[]) {}

  parserFor(language: SourceLanguage): Linter.Parser | null | undefined {
    if (!language.parser) return undefined;
    const name = language.parser.module;
    let parser = this.loaded.get(name);
    if (parser === undefined) {
      parser = this.load(name);
      this.loaded.set(name, parser);
    }
    return parser;
  }

  private load(name: string): Linter.Parser | null {
    for (const folder of [...this.resolveFrom, __dirname]) {
      try {
        return createRequire(join(folder, 'noop.js'))(name) as Linter.Parser;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
      }
    }
    return null;
  }
}
