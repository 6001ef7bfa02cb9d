import { TRACKED_PACKAGES } from './known-classes';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pattern = new RegExp(`\\b(?:${TRACKED_PACKAGES.map(escape).join('|')})\\b`);

/**
 * False when the text names none of the tracked packages, so no class of theirs can be resolved in it: every import
 * (single, on demand, static), fully qualified name and `package` declaration spells the package out. Most Java files
 * build no client or server, and this scan costs far less than the search.
 */
export function mentionsTrackedPackage(text: string): boolean {
  return pattern.test(text);
}
