import type { Node } from 'web-tree-sitter';
import type { ImportTable } from './imports';
import type { FileWriting } from './site-model';

/** The classes a suggestion may write, by fully qualified name. */
export const WRITTEN_CLASSES = [
  'org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy',
  'org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy',
  'org.apache.hc.core5.util.TimeValue',
  'okhttp3.ConnectionPool',
  'okhttp3.OkHttpClient',
  'java.util.concurrent.TimeUnit',
  'java.time.Duration',
  'reactor.netty.resources.ConnectionProvider',
  'io.undertow.UndertowOptions',
] as const;

/** What the writer needs of a file's layout, taken while its tree is there: imports, line ends, indentation. */
export function fileWriting(text: string, root: Node, imports: ImportTable): FileWriting {
  const importState = new Map<string, 'visible' | 'needs-import' | 'clashes'>();
  for (const className of WRITTEN_CLASSES) importState.set(className, imports.importState(className));
  const declared: { name: string; start: number; end: number }[] = [];
  let headerEnd = 0;
  let hasPackage = false;
  for (const child of root.namedChildren) {
    if (child.type === 'package_declaration') {
      headerEnd = child.endIndex;
      hasPackage = true;
    } else if (child.type === 'import_declaration' && !child.children.some((part) => part.type === 'static')) {
      const name = child.namedChildren.find((part) => part.type === 'scoped_identifier' || part.type === 'identifier')?.text ?? '';
      declared.push({ name, start: child.startIndex, end: child.endIndex });
    }
  }
  let indentUnit: string | undefined;
  return {
    importState,
    imports: declared,
    headerEnd,
    hasPackage,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    // Read only when a suggestion writes code that needs it: it reads every line of the file.
    get indentUnit() {
      return (indentUnit ??= indentUnitOf(text));
    },
  };
}

/** The indentation step the file uses: a tab, or the smallest run of leading spaces (2 or 4 usually). */
function indentUnitOf(text: string): string {
  let tabs = 0;
  const widths = new Map<number, number>();
  for (const match of text.matchAll(/^([ \t]+)\S/gm)) {
    const indent = match[1]!;
    if (indent.startsWith('\t')) tabs++;
    else if (!indent.includes('\t')) widths.set(indent.length, (widths.get(indent.length) ?? 0) + 1);
  }
  const spaceLines = [...widths.values()].reduce((sum, count) => sum + count, 0);
  if (tabs > spaceLines) return '\t';
  const smallest = [...widths.keys()].filter((width) => width >= 2 && (widths.get(width) ?? 0) > 0).sort((a, b) => a - b)[0];
  return ' '.repeat(smallest === undefined ? 4 : Math.min(smallest, 8));
}
