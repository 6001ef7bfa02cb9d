import { hoverMarkdown, type Inspection } from 'eslint-plugin-keepalive/inspect';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The hover on a timeout value, or on the constructor of a pool whose timeout is a default. Two defaults of one
 * pool (its idle timeout and its keep-alive cap) share the constructor: one hover shows both, in turn.
 */
export function hoverAt(inspection: Inspection, document: TextDocument, offset: number): Hover | null {
  for (const site of inspection.sites) {
    const reports = site.timeouts.filter(({ hoverRange: { start, end } }) => offset >= start.offset && offset <= end.offset);
    const first = reports[0];
    if (!first) continue;
    const { start, end } = first.hoverRange;
    return {
      contents: { kind: MarkupKind.Markdown, value: reports.map((report) => hoverMarkdown(site.label, report)).join('\n\n---\n\n') },
      range: { start: document.positionAt(start.offset), end: document.positionAt(end.offset) },
    };
  }
  return null;
}
