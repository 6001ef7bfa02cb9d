import { TreeSitterLanguage } from '../tree-sitter/language';

/** Go (tree-sitter-go 0.25.0), used in a flat config as `language: 'keepalive/go'`. */
export const goLanguage = new TreeSitterLanguage({
  languageId: 'go',
  displayName: 'Go',
  wasmFile: 'tree-sitter-go.wasm',
  rootType: 'source_file',
  commentTypes: ['comment'],
});
