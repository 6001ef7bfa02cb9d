/** The known ids nearest to a misspelt one, for "did you mean" messages. */
export function closestIds(input: string, known: readonly string[], count = 3): string[] {
  const needle = input.toLowerCase();
  return known
    .map((id) => ({ id, distance: editDistance(needle, id) - (id.includes(needle) || needle.includes(id) ? 2 : 0) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
