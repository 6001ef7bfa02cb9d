import type { Node } from 'web-tree-sitter';
import type { JavaClientLibrary } from '../../catalog/java-types';
import { javaBuildOf, type JavaBuild } from '../../targets/java-build';
import { ImportTable } from './imports';
import { KNOWN_CLASSES } from './known-classes';
import { ValueFolder } from './values';

/**
 * One Java file while its sites are found: its text and tree, what its imports make of a class name, the value
 * folder, and its build. Lives only for that search: nothing kept after it holds a node.
 */
export interface JavaFile {
  readonly text: string;
  readonly root: Node;
  readonly imports: ImportTable;
  readonly values: ValueFolder;
  /** The version of a library the build file names (`5.2.1`), when it names one. */
  versionOf(library: JavaClientLibrary): string | null;
}

export function openJavaFile(text: string, root: Node, filename: string, cwd: string, typeDeclarations?: readonly Node[]): JavaFile {
  const imports = new ImportTable(root, KNOWN_CLASSES, typeDeclarations);
  let build: JavaBuild | undefined;
  return {
    text,
    root,
    imports,
    values: new ValueFolder(imports, root),
    versionOf(library) {
      build ??= javaBuildOf(filename, cwd);
      for (const artifact of library.artifacts) {
        const version = build.dependencies.get(artifact);
        if (version && /^\d+(\.\d+)*/.test(version)) return /^\d+(?:\.\d+)*/.exec(version)![0];
      }
      return null;
    },
  };
}
