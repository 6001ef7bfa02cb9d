import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

const goByDirectory = new Map<string, string | null>();

/**
 * The Go versions a module is built with, from the `go` line of the go.mod nearest to the linted file: that line
 * is the least version the module accepts (enforced from Go 1.21, advisory before), so any later release may
 * build it: `go 1.19` reads as `>=1.19`. ESLint passes `<input>` or `<text>` for text without a file, and then the
 * working directory is used. Cached per directory.
 */
export function nearestGoModVersions(filename: string, cwd: string): string | null {
  return lookUp(isAbsolute(filename) ? dirname(filename) : cwd);
}

function lookUp(directory: string): string | null {
  const cached = goByDirectory.get(directory);
  if (cached !== undefined) return cached;
  let found: string | null;
  const goMod = join(directory, 'go.mod');
  if (existsSync(goMod)) {
    found = readGoLine(goMod);
  } else {
    const parent = dirname(directory);
    found = parent === directory ? null : lookUp(parent);
  }
  goByDirectory.set(directory, found);
  return found;
}

/** `go 1.21`, `go 1.21.3`, `go 1.22rc1` → `>=1.21`, `>=1.21.3`, `>=1.22`; no such line → null. */
export function goLineVersions(goMod: string): string | null {
  const match = /^go[ \t]+(\d+)\.(\d+)(?:\.(\d+))?\S*[ \t]*(?:\/\/.*)?$/m.exec(goMod);
  if (!match) return null;
  const [, major, minor, patch] = match;
  return `>=${major}.${minor}${patch === undefined ? '' : `.${patch}`}`;
}

function readGoLine(goMod: string): string | null {
  try {
    return goLineVersions(readFileSync(goMod, 'utf8'));
  } catch {
    return null; // an unreadable go.mod says nothing about the Go version
  }
}
