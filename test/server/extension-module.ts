import { join } from 'node:path';

/**
 * A compiled module of the extension (`server/reporting` → extension/out/server/reporting.js), found from where
 * the compiled tests sit (test/out/server/) rather than through the extension workspace's package name.
 * Pair it with a type-only import of the source for its types.
 */
export function extensionModule<T>(path: string): T {
  return require(join(__dirname, '..', '..', '..', 'extension', 'out', path)) as T;
}
