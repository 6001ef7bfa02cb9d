import { clientLibraries } from '../catalog/clients';
import { requesters } from '../catalog/requesters';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const specifiers = [...new Set([...clientLibraries, ...requesters].flatMap((entry) => entry.modules))];
const globals = [...new Set(requesters.flatMap((requester) => requester.globals))];
const mentions = new RegExp(
  [`['"\`](?:${specifiers.map(escape).join('|')})['"\`]`, ...(globals.length > 0 ? [`\\b(?:${globals.map(escape).join('|')})\\b`] : [])].join('|'),
);

/**
 * False when the text names none of the catalogued modules (in quotes) and none of the request globals, so
 * no rule can find anything in it: a text scan is far cheaper than a parse, and most files build no pool.
 */
export function mayContainSites(text: string): boolean {
  return mentions.test(text);
}
