import { isAbsolute, relative, sep } from 'node:path';
import { discoveryRootOf, fileKindOf } from 'eslint-plugin-keepalive/inspect';
import { filePathOf } from './paths';

/** How discovery reads a config document: its repository (or workspace folder), its name there, and its format. */
export interface ConfigDocument {
  /** The folder discovery reads for it (absolute). */
  readonly root: string;
  /** Relative to `root`, `/` separators (the absolute path when it lies outside `root`). */
  readonly file: string;
  readonly kind: NonNullable<ReturnType<typeof fileKindOf>>;
}

/**
 * The config document a URI names, or `null` for any other document (code, a YAML file that may hold a manifest is
 * one; a `.conf` outside an nginx folder is not). Unsaved documents have no repository and are not read.
 */
export function configDocumentOf(uri: string, cwd: string): ConfigDocument | null {
  const path = filePathOf(uri);
  if (!path) return null;
  const root = discoveryRootOf(path, cwd);
  const inside = relative(root, path);
  const file = (inside.startsWith('..') || isAbsolute(inside) ? path : inside).split(sep).join('/');
  const kind = fileKindOf(file);
  return kind ? { root, file, kind } : null;
}
