import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { readTargets } from 'eslint-plugin-keepalive/settings';

const AGENT = "import http from 'http'; new http.Agent({ keepAlive: true });";

function lint(settings: unknown, code = AGENT): Linter.LintMessage[] {
  const linter = new Linter();
  return linter.verify(code, [{ ...keepalive.configs.strict, settings: { keepalive: settings } } as Linter.Config], 'client.js');
}

describe('settings.keepalive', () => {
  describe('targets', () => {
    it('assumes the 5 s common server when servers is unset', () => {
      const { servers, marginMs } = readTargets(undefined, null);
      assert.deepEqual(servers.map((t) => [t.id, t.idleTimeoutMs, t.assumed]), [['node', 5000, true]]);
      assert.equal(marginMs, 1000);
    });

    it('reads catalogue ids, versions and custom servers', () => {
      const { servers, problems } = readTargets({ servers: ['nginx', 'puma@6', 'fastify@3', { name: 'billing-api', idleTimeoutMs: 3000 }] }, null);
      assert.deepEqual(problems, []);
      assert.deepEqual(servers.map((t) => [t.id, t.idleTimeoutMs]), [['nginx', 75000], ['puma', 20000], ['fastify', 5000], ['billing-api', 3000]]);
    });

    it('takes the lower Node default when the Node range spans the 26 change', () => {
      const idle = (node: string) => readTargets({ servers: ['node'], node }, null).servers[0]!.idleTimeoutMs;
      assert.equal(idle('>=20'), 5000);
      assert.equal(idle('^22 || ^24'), 5000);
      assert.equal(idle('26'), 65000);
      assert.equal(readTargets({ servers: ['node'] }, '>=26.1').servers[0]!.idleTimeoutMs, 65000);
    });
  });

  describe('malformed settings give one clear message each, never a crash', () => {
    const cases: [string, unknown, RegExp][] = [
      ['an unknown id names the closest known ones', { servers: ['ngnix'] }, /servers\[0\]: unknown server id "ngnix"\. Did you mean 'nginx'/],
      ['a negative margin', { marginMs: -5 }, /marginMs must be a number of milliseconds ≥ 0, got -5/],
      ['servers of the wrong type', { servers: 42 }, /servers must be an array .* got 42/],
      ['a custom server without a timeout', { servers: [{ name: 'api' }] }, /servers\[0\]\.idleTimeoutMs must be a positive number/],
      ['an unknown key', { server: ['nginx'] }, /settings\.keepalive\.server is not a known setting/],
      ['a bad Node range', { node: 'twenty' }, /settings\.keepalive\.node must be a Node\.js version or range/],
      ['a kind that does not exist', { servers: [{ name: 'vip', idleTimeoutMs: 1000, kind: 'l7' }] }, /kind must be one of server, proxy, load-balancer, l4/],
      ['settings that are not an object', 'nginx', /settings\.keepalive must be an object/],
    ];
    for (const [title, settings, expected] of cases) {
      it(title, () => {
        const problems = lint(settings).filter((m) => m.message.startsWith('Invalid keep-alive settings'));
        assert.equal(problems.length, 1, JSON.stringify(problems));
        assert.match(problems[0]!.message, expected);
        assert.equal(problems[0]!.line, 1);
      });
    }

    it('still lints with the valid parts', () => {
      const messages = lint({ servers: ['ngnix', 'nginx'] });
      const finding = messages.find((m) => m.messageId === 'missingIdleTimeout');
      assert.match(finding?.message ?? '', /nginx/);
      assert.equal(finding?.suggestions?.[0]?.fix.text, ', timeout: 74000');
    });
  });
});
