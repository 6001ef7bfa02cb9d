import type { LanguageFront } from '../front';
import type { TreeSitterSourceCode } from '../tree-sitter/source-code';
import { mentionsTrackedPackage } from './mentions';
import { javaSites } from './sites';
import { javaWriter } from './writer';

/** Java, through the `keepalive/java` language (tree-sitter-java): sites found with the file's imports and cached queries. */
export const javaFront: LanguageFront = {
  id: 'java',
  exitSelector: 'program:exit',
  mayHoldSites: (sourceCode) => mentionsTrackedPackage((sourceCode as TreeSitterSourceCode).text),
  sites: (sourceCode, filename) => javaSites(sourceCode as TreeSitterSourceCode, filename),
  writer: (sourceCode) => javaWriter(sourceCode as TreeSitterSourceCode),
};
