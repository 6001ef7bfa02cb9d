import type { TextEdit } from '../../sites';
import type { FileWriting } from './site-model';

/**
 * The names a suggestion writes its classes by, and the imports that makes necessary: a class already visible keeps
 * its simple name; one that needs an import gets it, sorted among the file's imports; one whose simple name means
 * something else here is written fully qualified.
 */
export class ImportPlan {
  readonly #needed = new Set<string>();

  constructor(private readonly writing: FileWriting) {}

  /** How to write `className` (a nested class as `Outer.Inner`, importing `Outer`). */
  name(className: string, nested?: string): string {
    const state = this.writing.importState.get(className) ?? 'clashes';
    const simple = className.slice(className.lastIndexOf('.') + 1);
    const written = state === 'clashes' ? className : simple;
    if (state === 'needs-import') this.#needed.add(className);
    return nested ? `${written}.${nested}` : written;
  }

  /** The import edits, one per insertion point so that no two edits touch. */
  edits(): TextEdit[] {
    const { imports, eol, headerEnd, hasPackage } = this.writing;
    const byOffset = new Map<number, { before: string[]; after: string[] }>();
    const at = (offset: number) => {
      let entry = byOffset.get(offset);
      if (!entry) byOffset.set(offset, (entry = { before: [], after: [] }));
      return entry;
    };
    for (const className of [...this.#needed].sort()) {
      const next = imports.find((existing) => existing.name > className);
      if (next) at(next.start).before.push(`import ${className};${eol}`);
      else if (imports.length > 0) at(imports.at(-1)!.end).after.push(`${eol}import ${className};`);
      else if (hasPackage) at(headerEnd).after.push(`${eol}${eol}import ${className};`);
      else at(0).before.push(`import ${className};${eol}`);
    }
    // Imports opening a file with neither package nor imports end with a blank line before the code.
    const opensFile = imports.length === 0 && !hasPackage;
    return [...byOffset].map(([offset, { before, after }]) => ({ range: [offset, offset] as const, text: after.join('') + before.join('') + (opensFile ? eol : '') }));
  }
}
