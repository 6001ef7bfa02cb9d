import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

const enginesByDirectory = new Map<string, string | null>();

/**
 * `engines.node` of the package.json nearest to the linted file (ESLint passes `<input>` or `<text>` for
 * text without a file, and then the working directory is used). Cached per directory.
 */
export function nearestEnginesNode(filename: string, cwd: string): string | null {
  const start = isAbsolute(filename) ? dirname(filename) : cwd;
  return lookUp(start);
}

function lookUp(directory: string): string | null {
  const cached = enginesByDirectory.get(directory);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  const manifest = join(directory, 'package.json');
  if (existsSync(manifest)) {
    found = readEngines(manifest);
  } else {
    const parent = dirname(directory);
    found = parent === directory ? null : lookUp(parent);
  }
  enginesByDirectory.set(directory, found);
  return found;
}

function readEngines(manifest: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { engines?: { node?: unknown } };
    return typeof parsed.engines?.node === 'string' ? parsed.engines.node : null;
  } catch {
    return null; // an unreadable package.json says nothing about the Node version
  }
}
