/**
 * Whether a Go file can build a pool or a server the finder reads: it must import net/http. A text scan, orders of
 * magnitude cheaper than a parse and a query, that rules out most files of a Go repository.
 */
export function mayImportNetHttp(text: string): boolean {
  return text.includes('"net/http"') || text.includes('`net/http`');
}
