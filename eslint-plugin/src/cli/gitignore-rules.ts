import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * `.gitignore` files as git reads them: each applies to its own folder and below, a deeper file's rule wins over
 * a shallower one's, the files between the repository's top and a scanned folder count too, and a file git tracks
 * is never ignored (a `logs` rule meant for log files does not hide a committed `src/logs/index.ts`).
 */
export class GitignoreRules {
  private readonly rulesByFolder = new Map<string, Ignore | null>();
  private readonly ownersByFolder = new Map<string, readonly string[]>();
  private readonly top: string;
  private readonly tracked: TrackedPaths | undefined;

  /** @param scanRoot the folder being scanned: its repository's top is found above it (or it is the top). */
  constructor(scanRoot: string) {
    const top = repositoryTop(scanRoot);
    this.top = top ?? scanRoot;
    this.tracked = top ? trackedPaths(top) : undefined;
  }

  /** Whether git ignores `path` (a folder when `isFolder`), which lies in `folder`. */
  ignores(path: string, folder: string, isFolder: boolean): boolean {
    if (this.tracked && (isFolder ? this.tracked.folders : this.tracked.files).has(path)) return false;
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

interface TrackedPaths {
  readonly files: ReadonlySet<string>;
  /** Every folder that holds a tracked file, at any depth. */
  readonly folders: ReadonlySet<string>;
}

/** What git tracks in the work tree, or undefined when git cannot say (not installed, not a work tree). */
function trackedPaths(top: string): TrackedPaths | undefined {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '-z'], { cwd: top, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const name of listing.split('\0')) {
    if (!name) continue;
    const file = join(top, name);
    files.add(file);
    for (let parent = dirname(file); parent.length > top.length && !folders.has(parent); parent = dirname(parent)) folders.add(parent);
  }
  return { files, folders };
}

function repositoryTop(folder: string): string | undefined {
  for (let current = folder; ; ) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
