import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../sites';
import { stringValue } from './syntax';

/** How the file names the packages the finder reads: plain data, kept after the tree is gone. */
export interface GoImports {
  /** The names `net/http` goes by in this file: `http`, or an alias (`nethttp`). */
  readonly http: ReadonlySet<string>;
  /** `import . "net/http"`: its types are written unqualified. */
  readonly httpDot: boolean;
  /** The name `time` goes by, or null when the file does not import it under a usable name. */
  readonly time: string | null;
  readonly net: ReadonlySet<string>;
  /** The names `golang.org/x/net/http2` goes by. */
  readonly http2: ReadonlySet<string>;
  /** The edit that imports `time` in the file's style, when it is not imported. */
  readonly addTime: TextEdit | null;
}

interface ImportSpec {
  readonly path: string;
  /** `null`: the package's own name; `.` and `_` as written. */
  readonly name: string | null;
  readonly node: Node;
}

export function readImports(root: Node, text: string): GoImports {
  const specs: ImportSpec[] = [];
  const declarations = root.namedChildren.filter((child) => child.type === 'import_declaration');
  for (const declaration of declarations) {
    for (const spec of declaration.descendantsOfType('import_spec')) {
      const pathNode = spec.childForFieldName('path');
      const path = pathNode ? stringValue(pathNode) : undefined;
      if (path === undefined) continue;
      specs.push({ path, name: spec.childForFieldName('name')?.text ?? null, node: spec });
    }
  }
  const namesOf = (path: string, own: string) =>
    new Set(specs.filter((spec) => spec.path === path && spec.name !== '.' && spec.name !== '_').map((spec) => spec.name ?? own));
  const time = [...namesOf('time', 'time')][0] ?? null;
  return {
    http: namesOf('net/http', 'http'),
    httpDot: specs.some((spec) => spec.path === 'net/http' && spec.name === '.'),
    time,
    net: namesOf('net', 'net'),
    http2: namesOf('golang.org/x/net/http2', 'http2'),
    addTime: time === null ? timeImportEdit(specs, text) : null,
  };
}

/**
 * Adds `"time"` where gofmt keeps it: in the import group that holds `net/http`, in path order (gofmt sorts each
 * group), or as its own `import "time"` line after a single-line import.
 */
function timeImportEdit(specs: readonly ImportSpec[], text: string): TextEdit | null {
  const http = specs.find((spec) => spec.path === 'net/http') ?? specs[0];
  if (!http) return null;
  const list = http.node.parent;
  if (list?.type !== 'import_spec_list') {
    const declaration = http.node.parent!;
    return { range: [declaration.endIndex, declaration.endIndex], text: '\nimport "time"' };
  }
  const group = groupOf(list, http.node);
  const indent = lineIndent(text, http.node.startIndex);
  const after = group.find((spec) => (stringValue(spec.childForFieldName('path')!) ?? '') > 'time');
  if (after) {
    const lineStart = text.lastIndexOf('\n', after.startIndex - 1) + 1;
    return { range: [lineStart, lineStart], text: `${indent}"time"\n` };
  }
  const last = group.at(-1)!;
  const lineEnd = endOfLine(text, last.endIndex);
  return { range: [lineEnd, lineEnd], text: `\n${indent}"time"` };
}

/** The specs on consecutive lines around `spec`: gofmt sorts each such group on its own. */
function groupOf(list: Node, spec: Node): Node[] {
  const all = list.namedChildren.filter((child) => child.type === 'import_spec');
  const index = all.findIndex((child) => child.id === spec.id);
  let first = index;
  while (first > 0 && all[first - 1]!.endPosition.row + 1 === all[first]!.startPosition.row) first--;
  let last = index;
  while (last < all.length - 1 && all[last]!.endPosition.row + 1 === all[last + 1]!.startPosition.row) last++;
  return all.slice(first, last + 1);
}

export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

export function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}
