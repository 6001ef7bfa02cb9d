import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ModuleKind, SourceKind } from './source-kinds';

const typeByDirectory = new Map<string, ModuleKind>();

/**
 * How a file is parsed first: its extension decides for `.cjs`/`.mjs` (and `.cts`/`.mts`); otherwise the nearest
 * package.json `type`, as Node.js decides (absent: CommonJS).
 */
export function firstModuleKind(file: string, kind: SourceKind): ModuleKind {
  return kind.moduleKind ?? packageType(dirname(file));
}

/**
 * The kinds to try, in order. A file whose package says CommonJS but that is written with `import` (common in
 * code that a bundler or TypeScript compiles) parses as a module, and the other way round; only a file that
 * parses as neither is unparsable. The extension's word is final: Node.js would refuse the file too.
 */
export function moduleKindsToTry(file: string, kind: SourceKind): readonly ModuleKind[] {
  if (!kind.language.hasModuleKinds) return ['module'];
  if (kind.moduleKind) return [kind.moduleKind];
  const first = firstModuleKind(file, kind);
  return first === 'module' ? ['module', 'commonjs'] : ['commonjs', 'module'];
}

function packageType(directory: string): ModuleKind {
  const cached = typeByDirectory.get(directory);
  if (cached) return cached;
  let found: ModuleKind;
  const manifest = readManifest(join(directory, 'package.json'));
  if (manifest !== undefined) {
    found = manifest.type === 'module' ? 'module' : 'commonjs';
  } else {
    const parent = dirname(directory);
    found = parent === directory ? 'commonjs' : packageType(parent);
  }
  typeByDirectory.set(directory, found);
  return found;
}

/** The parsed package.json, `{}` for one that is unreadable (it still marks a package boundary), undefined for none. */
function readManifest(path: string): { type?: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as { type?: unknown }) : {};
  } catch {
    return {};
  }
}
