// What a project adds to use the rules: the strict preset and the targets its code talks to.
const keepalive = require('eslint-plugin-keepalive');
const tsParser = require('@typescript-eslint/parser');
const globals = require('globals');

module.exports = [
  // deployed-service/ is a repository of its own (see its README): `keepalive-lint --inventory` reads it.
  { ignores: ['deployed-service/**'] },
  { ...keepalive.configs.strict, files: ['**/*.{js,mjs,cjs,ts}'] },
  { files: ['**/*.{js,mjs,cjs,ts}'], languageOptions: { globals: globals.node } },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { settings: { keepalive: { servers: ['node', 'aws-nlb'], frontedBy: ['aws-alb'] } } },
];
