// The client code of each incident the project started from (the fault lab's clients, test/lab/jvm/clients), linted
// against the server it met: flagged, and once its suggestion is applied, no longer flagged by that rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

const CLIENTS = join(__dirname, '..', '..', '..', 'test', 'lab', 'jvm', 'clients');

interface Seed {
  readonly title: string;
  readonly client: string;
  readonly servers: readonly unknown[];
  readonly rule: string;
  readonly messageId: string;
  /** What the message must say about this library and this server. */
  readonly says: readonly string[];
}

const SEEDS: readonly Seed[] = [
  {
    title: 'HttpAsyncClient 4.1 with no keep-alive strategy against CherryPy (10 s)',
    client: 'AsyncClientNoStrategy.java',
    servers: ['cherrypy'],
    rule: 'require-idle-timeout',
    messageId: 'missingIdleTimeoutUnlessHinted',
    says: ['forever without one', 'CherryPy / Cheroot already closed after 10 s idle', 'ConnectionClosedException'],
  },
  {
    title: "HttpClient 4.5 with the default strategy against Undertow's 60 s, which sends no Keep-Alive header",
    client: 'HttpClient45NoStrategy.java',
    servers: ['undertow'],
    rule: 'require-idle-timeout',
    messageId: 'missingIdleTimeoutUnlessHinted',
    says: ['Undertow already closed after 60 s idle', 'NoHttpResponseException'],
  },
  {
    title: 'the pool to an L4 VIP that drops idle flows silently after 1800 s',
    client: 'HttpClient45NoStrategy.java',
    servers: [{ name: 'payments VIP', idleTimeoutMs: 1_800_000, kind: 'l4' }],
    rule: 'require-idle-timeout',
    messageId: 'missingIdleTimeoutUnlessHinted',
    says: ['payments VIP already closed after 30 min idle', 'Connection reset'],
  },
  {
    title: "the idle-only sweeper behind nginx (the lab's scale: idle 1 s swept every 1 s, nginx keepalive_timeout 500 ms)",
    client: 'HttpClient45IdleSweeper.java',
    servers: [{ name: 'nginx (keepalive_timeout 500ms)', idleTimeoutMs: 500 }],
    rule: 'require-idle-timeout-below-server',
    messageId: 'idleTimeoutNotBelowServer',
    says: ['keeps idle sockets for 2 s', 'an evictor closes connections idle 1 s and wakes every 1 s'],
  },
  {
    title: 'HttpClient 5.2 with its 3 min default behind nginx (75 s)',
    client: 'HttpClient52Default.java',
    servers: ['nginx'],
    rule: 'require-idle-timeout-below-server',
    messageId: 'idleTimeoutNotBelowServer',
    says: ['keeps idle sockets for 3 min', "the server's `Keep-Alive` header, else the library's default"],
  },
  {
    title: 'OkHttp with its default pool (5 min) behind nginx (75 s)',
    client: 'OkHttpDefaultPool.java',
    servers: ['nginx'],
    rule: 'require-idle-timeout-below-server',
    messageId: 'idleTimeoutNotBelowServer',
    says: ['keeps idle sockets for 5 min', 'unexpected end of stream'],
  },
];

function lint(linter: Linter, text: string, seed: Seed, filename: string): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    { files: ['**/*.java'], plugins: { keepalive }, language: 'keepalive/java', rules: { [`keepalive/${seed.rule}`]: 'error' }, settings: { keepalive: { servers: seed.servers } } },
  ];
  const messages = linter.verify(text, config, { filename });
  assert.deepEqual(messages.filter((message) => message.fatal), [], 'the client parses');
  return messages;
}

describe('the incidents’ Java clients', () => {
  before(() => keepalive.languages.java.ready);
  const linter = new Linter();

  for (const seed of SEEDS) {
    it(`${seed.title}: flagged, and its suggestion removes the finding`, () => {
      const filename = join(CLIENTS, seed.client);
      const text = readFileSync(filename, 'utf8');
      const [finding, ...others] = lint(linter, text, seed, filename);
      assert.equal(others.length, 0);
      assert.equal(finding?.messageId, seed.messageId);
      for (const words of seed.says) assert.ok(finding.message.includes(words), `"${words}" in: ${finding.message}`);
      const suggestion = finding.suggestions?.[0];
      assert.ok(suggestion, 'a suggestion is offered');
      const fixed = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
      assert.match(fixed, /setKeepAliveStrategy\(|connectionPool\(new ConnectionPool\(5, \d+, TimeUnit\.MILLISECONDS\)\)/);
      assert.deepEqual(lint(linter, fixed, seed, filename), []);
    });
  }
});
