import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * `.gitignore` files as git reads them: each applies to its own folder and below, a deeper file's rule wins over
 * a shallower one's, and the files between the repository's top and a scanned folder count too.
 */
export class GitignoreRules {
  private readonly rulesByFolder = new Map<string, Ignore | null>();
  private readonly ownersByFolder = new Map<string, readonly string[]>();
  private readonly top: string;

  /** @param scanRoot the folder being scanned: its repository's top is found above it (or it is the top). */
  constructor(scanRoot: string) {
    this.top = repositoryTop(scanRoot) ?? scanRoot;
  }

  /** Whether git ignores `path` (a folder when `isFolder`), which lies in `folder`. */
  ignores(path: string, folder: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const owner of this.ownersOf(folder)) {
      const rules = this.rulesIn(owner);
      if (!rules) continue;
      const relativePath = relative(owner, path).split(sep).join('/') + (isFolder ? '/' : '');
      const verdict = rules.test(relativePath);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** The folders whose .gitignore can speak about entries of `folder`: the top down to `folder`. */
  private ownersOf(folder: string): readonly string[] {
    let owners = this.ownersByFolder.get(folder);
    if (!owners) {
      const parent = dirname(folder);
      owners = folder === this.top || parent === folder ? [folder] : [...this.ownersOf(parent), folder];
      this.ownersByFolder.set(folder, owners);
    }
    return owners;
  }

  private rulesIn(folder: string): Ignore | null {
    let rules = this.rulesByFolder.get(folder);
    if (rules === undefined) {
      rules = null;
      try {
        rules = ignore().add(readFileSync(join(folder, '.gitignore'), 'utf8'));
      } catch {
        // no .gitignore here (or an unreadable one, which git would not apply either)
      }
      this.rulesByFolder.set(folder, rules);
    }
    return rules;
  }
}

function repositoryTop(folder: string): string | undefined {
  for (let current = folder; ; ) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
