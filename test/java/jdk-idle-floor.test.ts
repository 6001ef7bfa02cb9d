// java.net.http keeps an idle connection up to its selector's 3 s sleep whatever its keep-alive property says: when
// the server closes sooner than that (plus the margin), the message must say no property value can help.
import assert from 'node:assert/strict';
import { Linter, type SourceCode } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { inspectSourceCode, type InspectedClientSite } from 'eslint-plugin-keepalive/inspect';

const DEFAULT_CLIENT = `import java.net.http.HttpClient;

class Client {
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;

const CLIENT = `import java.net.http.HttpClient;

class Client {
  static {
    System.setProperty("jdk.httpclient.keepalive.timeout", "60");
  }
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;

const FILE = '/project/Client.java';

/** What the hover says to change about the property, against a server closing after `idleTimeoutMs`. */
function changeAgainst(idleTimeoutMs: number, text = CLIENT): string {
  const linter = new Linter({ cwd: '/project' });
  linter.verify(text, [{ files: ['**/*.java'], plugins: { keepalive }, language: 'keepalive/java' }], { filename: FILE });
  const inspection = inspectSourceCode(linter.getSourceCode() as SourceCode, { filename: FILE, cwd: '/project', settings: { keepalive: { servers: [{ name: 'edge', idleTimeoutMs }], marginMs: 200 } } });
  const [client] = inspection.sites as InspectedClientSite[];
  return client!.timeouts[0]!.change;
}

function messagesAgainst(idleTimeoutMs: number): string[] {
  const config: Linter.Config[] = [
    {
      files: ['**/*.java'],
      plugins: { keepalive },
      language: 'keepalive/java',
      rules: { 'keepalive/require-idle-timeout-below-server': 'error' },
      settings: { keepalive: { servers: [{ name: 'edge', idleTimeoutMs }], marginMs: 200 } },
    },
  ];
  return new Linter({ cwd: '/project' }).verify(CLIENT, config, { filename: FILE }).map((message) => message.message);
}

describe('java.net.http against a server that closes before its pool can', () => {
  before(() => keepalive.languages.java.ready);

  it('says no property value reaches the 2.3 s cap, and what would', () => {
    const [message, ...others] = messagesAgainst(2500);
    assert.deepEqual(others, []);
    assert.match(message!, /keep the idle timeout at or below 2\.3 s, which java\.net\.http\.HttpClient cannot do: it may keep an idle connection up to 3 s whatever it is told, so the server must keep idle connections longer than 3\.2 s, or the calls need another client\.$/);
  });

  it('says nothing of the kind when the cap is within reach', () => {
    const [message] = messagesAgainst(3500);
    assert.match(message!, /keep the idle timeout at or below 3\.3 s\.$/);
  });

  it('hovers say which value to set, in seconds, or that none can do it', () => {
    assert.equal(changeAgainst(3500), 'Set `jdk.httpclient.keepalive.timeout` to 3 s (edge closes idle connections after 3.5 s, minus 200 ms margin).');
    assert.equal(changeAgainst(2500), 'No `jdk.httpclient.keepalive.timeout` can do it: java.net.http.HttpClient may keep an idle connection up to 3 s whatever it is told, and the cap is 2.3 s (edge closes idle connections after 2.5 s, minus 200 ms margin).');
    assert.equal(changeAgainst(3500, DEFAULT_CLIENT), 'Set `jdk.httpclient.keepalive.timeout` to 3 s (edge closes idle connections after 3.5 s, minus 200 ms margin).');
  });
});
