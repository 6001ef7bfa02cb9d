import { hintText, type Inspection } from 'eslint-plugin-keepalive/inspect';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** One hint after each explicit idle timeout, and after each construction whose idle timeout is a default. */
export function inlayHintsFor(inspection: Inspection, document: TextDocument, range: Range): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const site of inspection.sites) {
    for (const report of site.timeouts) {
      const offset = report.at.end.offset;
      if (offset < from || offset > to) continue;
      hints.push({
        position: document.positionAt(offset),
        label: hintText(report),
        paddingLeft: true,
        tooltip: report.change,
      });
    }
  }
  return hints;
}
