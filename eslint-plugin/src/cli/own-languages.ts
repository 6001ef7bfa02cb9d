import plugin from '../index';
import { sourceKindOf } from './source-kinds';

/**
 * Waits for the grammars of the plugin's own languages (Java, Go) among the files: they load asynchronously and
 * ESLint parses synchronously. A grammar that fails to load is not thrown here: each of its files says why.
 */
export async function ownLanguagesReady(files: Iterable<string>): Promise<void> {
  const languages = new Set([...files].map((file) => sourceKindOf(file)?.language.pluginLanguage).filter((id) => id !== undefined));
  await Promise.all([...languages].map((id) => plugin.languages[id].ready.catch(() => undefined)));
}
