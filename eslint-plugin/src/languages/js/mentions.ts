import { clientLibraries } from '../../catalog/clients';
import { requesters } from '../../catalog/requesters';
import { serverFrameworks } from '../../catalog/server-frameworks';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The roots of every trace map the site finders use: the same catalogue lists they are built from. */
const specifiers = [...new Set([...clientLibraries, ...requesters, ...serverFrameworks].flatMap((entry) => entry.modules))];
const globalNames = [...new Set(requesters.flatMap((requester) => requester.globals))];

const modulePattern = `['"\`](?:${specifiers.map(escape).join('|')})['"\`]`;
const pattern = new RegExp([modulePattern, ...(globalNames.length > 0 ? [`\\b(?:${globalNames.map(escape).join('|')})\\b`] : [])].join('|'));
const modulesOnly = new RegExp(modulePattern);

/**
 * False when the text names no tracked module in quotes and no tracked global, so module tracking cannot find
 * a site in it: every import, `require()`, `process.getBuiltinModule()` and `import x = require()` the tracker
 * follows spells its specifier as a string, and every global it follows is named (`fetch`, `globalThis.fetch`).
 * Most files build no pool, and this scan costs far less than the tracking. (A name written only with escape
 * sequences, `require('\x68ttp')`, is not seen: a miss, never a false report.)
 */
export function mentionsTrackedName(text: string): boolean {
  return pattern.test(text);
}

/**
 * The text names a tracked module in quotes: the word `fetch` alone does not count. Asked only of files that load no
 * tracked module, before their relative imports are followed for constructors a project module exports.
 */
export function mentionsTrackedModule(text: string): boolean {
  return modulesOnly.test(text);
}
