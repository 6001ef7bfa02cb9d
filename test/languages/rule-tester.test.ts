// How rule tests lint Java and Go: ESLint's own RuleTester with the language in its config, once the
// grammar is ready (a `before` hook: RuleTester parses synchronously inside each case).
import { RuleTester } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import buildCall = require('./build-call-rule');

const rule = buildCall as unknown as Parameters<RuleTester['run']>[1];

describe('ESLint’s RuleTester on Java and Go', () => {
  before(async () => {
    await Promise.all([keepalive.languages.java.ready, keepalive.languages.go.ready]);
  });

  new RuleTester({ plugins: { keepalive }, language: 'keepalive/java' }).run('build-call (Java)', rule, {
    valid: ['class A { void f() { pool.make(); } }'],
    invalid: [
      {
        code: 'class A { void f() { pool.build(); } }',
        output: 'class A { void f() { pool.make(); } }',
        errors: [
          {
            messageId: 'buildCall',
            line: 1,
            column: 27,
            endColumn: 32,
            suggestions: [{ messageId: 'useMake', data: { replacement: 'make' }, output: 'class A { void f() { pool.make(); } }' }],
          },
        ],
      },
    ],
  });

  new RuleTester({ plugins: { keepalive }, language: 'keepalive/go' }).run('build-call (Go)', rule, {
    valid: ['package a\n\nfunc f() { pool.Make() }\n'],
    invalid: [
      {
        code: 'package a\n\nfunc f() { pool.Build() }\n',
        output: 'package a\n\nfunc f() { pool.Make() }\n',
        errors: [
          {
            messageId: 'buildCall',
            line: 3,
            column: 17,
            suggestions: [{ messageId: 'useMake', data: { replacement: 'Make' }, output: 'package a\n\nfunc f() { pool.Make() }\n' }],
          },
        ],
      },
    ],
  });
});
