import type { TSESLint } from '@typescript-eslint/utils';
import type { LanguageFront } from '../front';
import { isDeclarationFile } from './declaration-file';
import { getSites, mayHoldSites } from './sites';
import { jsWriter } from './writer';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** JavaScript and TypeScript, through ESLint's own parse and scope analysis. */
export const jsFront: LanguageFront = {
  id: 'js',
  exitSelector: 'Program:exit',
  mayHoldSites: (sourceCode, filename) => !isDeclarationFile(filename) && mayHoldSites(sourceCode as SourceCode, filename),
  sites: (sourceCode, filename) => (isDeclarationFile(filename) ? NO_SITES : getSites(sourceCode as SourceCode, filename)),
  writer: (sourceCode) => jsWriter(sourceCode as SourceCode),
};

const NO_SITES = Object.freeze({ clients: [], servers: [], protocolKeyed: [], poolUses: () => [] });
