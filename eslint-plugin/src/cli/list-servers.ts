import { servers } from '../catalog/servers';
import { formatDuration } from '../advice/format';

/** The catalogue as a plain-text table: id, kind, idle timeout per version, hint header, close, source. */
export function serverTable(): string {
  const rows: string[][] = [['id', 'kind', 'idle timeout', 'versions', 'Keep-Alive hint', 'closes', 'source']];
  for (const entry of servers) {
    entry.idleTimeout.forEach((value, index) => {
      const first = index === 0;
      rows.push([
        first ? entry.id : '',
        first ? entry.kind : '',
        formatDuration(value.ms),
        value.versions,
        first ? entry.advertisesTimeout : '',
        first ? entry.closes : '',
        value.source,
      ]);
    });
  }
  // The source column is last and left unpadded: it is long and needs no alignment after it.
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}
