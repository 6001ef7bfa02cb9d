/**
 * A link for a catalogue source: the URL itself, or for `owner/repo:path[:line[-line]] …` the file on GitHub.
 * Anything else (a note such as "observed in a production incident") has no link.
 */
export function sourceLink(source: string): string | null {
  const url = /^https?:\/\/\S+/.exec(source);
  if (url) return url[0].replace(/[),.;]+$/, '');
  const repoPath = /^([\w.-]+\/[\w.-]+):([\w./@+-]+?)(?::(\d+)(?:-(\d+))?)?(?=[\s(]|$)/.exec(source);
  if (!repoPath) return null;
  const [, repo, path, from, to] = repoPath;
  const lines = from ? `#L${from}${to ? `-L${to}` : ''}` : '';
  return `https://github.com/${repo}/blob/HEAD/${path}${lines}`;
}
