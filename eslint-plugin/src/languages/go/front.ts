import type { LanguageFront } from '../front';
import type { TreeSitterSourceCode } from '../tree-sitter/source-code';
import { mayImportNetHttp } from './prefilter';
import { goSites } from './sites';
import { goWriter } from './writer';

/** Go, through the `keepalive/go` language (tree-sitter-go): net/http transports, clients and servers. */
export const goFront: LanguageFront = {
  id: 'go',
  exitSelector: 'source_file:exit',
  mayHoldSites: (sourceCode) => mayImportNetHttp((sourceCode as TreeSitterSourceCode).text),
  sites: (sourceCode) => goSites(sourceCode as TreeSitterSourceCode),
  writer: (sourceCode) => goWriter(sourceCode as TreeSitterSourceCode),
};
