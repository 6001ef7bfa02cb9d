import { TreeSitterLanguage } from '../tree-sitter/language';

/** Java (tree-sitter-java 0.23.5), used in a flat config as `language: 'keepalive/java'`. */
export const javaLanguage = new TreeSitterLanguage({
  languageId: 'java',
  displayName: 'Java',
  wasmFile: 'tree-sitter-java.wasm',
  rootType: 'program',
  commentTypes: ['line_comment', 'block_comment'],
});
