import type { LanguageFront, LanguageId } from './front';
import { jsFront } from './js/front';

export type { LanguageFront, LanguageId } from './front';
export { languages, type KeepaliveLanguage } from './eslint-languages';

/**
 * The language of a parsed file: a SourceCode from one of the plugin's own languages says which it is; any other
 * is ESLint's JavaScript (TypeScript included). Other languages load on their first file, so JavaScript-only
 * projects never load their parsers.
 */
export function frontOf(sourceCode: object): LanguageFront {
  const id = (sourceCode as { languageId?: LanguageId }).languageId;
  return id === undefined || id === 'js' ? jsFront : otherFront(id);
}

function otherFront(id: LanguageId): LanguageFront {
  switch (id) {
    case 'java':
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first Java file only
      return (require('./java/front') as typeof import('./java/front')).javaFront;
    case 'go':
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first Go file only
      return (require('./go/front') as typeof import('./go/front')).goFront;
    default:
      throw new Error(`keepalive: no site finder for ${id} files yet`);
  }
}
