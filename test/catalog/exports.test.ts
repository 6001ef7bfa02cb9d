import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientLibraries } from 'eslint-plugin-keepalive/catalog';

/**
 * The catalogue against the packages themselves: each catalogued npm package, loaded at the version the repository's
 * devDependencies pin, must export every constructor the catalogue names, and every constructor it exports must be
 * either catalogued as a pool or named below as something else, with why. A new or renamed export fails here instead
 * of leaving the rules silent on it.
 */
const repoRoot = join(__dirname, '..', '..', '..');
const devDependencies = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;

const MESSAGES = 'a request or response object, not a pool';
const TEST_DOUBLE = 'a test double: it answers requests itself and keeps no real connections';
const WEB_API = 'a fetch, WebSocket or EventSource API class, not a pool';

/** Exported constructors that are not connection pools. */
const NOT_POOLS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  http: {
    ClientRequest: MESSAGES,
    IncomingMessage: MESSAGES,
    OutgoingMessage: MESSAGES,
    ServerResponse: MESSAGES,
    Server: 'a server (catalog/server-frameworks.ts), not a client pool',
  },
  https: { Server: 'a server (catalog/server-frameworks.ts), not a client pool' },
  undici: {
    Dispatcher: 'the abstract base every dispatcher extends',
    RetryAgent: 'wraps the dispatcher it is given and keeps no connections of its own',
    Socks5ProxyAgent: 'its per-origin pools take no idle options from its constructor (lib/dispatcher/socks5-proxy-agent.js:182, 7.30.2)',
    RetryHandler: 'a request handler',
    DecoratorHandler: 'a request handler',
    RedirectHandler: 'a request handler',
    MockAgent: TEST_DOUBLE,
    MockPool: TEST_DOUBLE,
    MockClient: TEST_DOUBLE,
    SnapshotAgent: TEST_DOUBLE,
    MockCallHistory: TEST_DOUBLE,
    MockCallHistoryLog: TEST_DOUBLE,
    Headers: WEB_API,
    Response: WEB_API,
    Request: WEB_API,
    FormData: WEB_API,
    WebSocket: WEB_API,
    WebSocketStream: WEB_API,
    WebSocketError: WEB_API,
    CloseEvent: WEB_API,
    ErrorEvent: WEB_API,
    MessageEvent: WEB_API,
    EventSource: WEB_API,
  },
};

const BUILT_IN = new Set(['http', 'https']);

/** The package itself (a constructor when the module is one) and its exports that are classes by name. */
function exportedConstructors(loaded: unknown): string[] {
  const names = Object.keys(loaded as object).filter((name) => /^[A-Z]/.test(name) && typeof (loaded as Record<string, unknown>)[name] === 'function');
  return typeof loaded === 'function' ? ['', ...names] : names;
}

function installedVersion(name: string): string {
  const manifest = (require.resolve.paths(name) ?? []).map((folder) => join(folder, name, 'package.json')).find((path) => existsSync(path));
  assert.ok(manifest, `${name} is not installed (run npm ci)`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

describe('the client library catalogue against the installed packages', () => {
  const modules = new Map<string, string[]>();
  for (const library of clientLibraries) {
    for (const specifier of library.modules) {
      const name = specifier.replace(/^node:/, '');
      const paths = library.constructors.map((constructor) => constructor.path.join('.'));
      modules.set(name, [...(modules.get(name) ?? []), ...paths]);
    }
  }

  for (const [name, catalogued] of modules) {
    it(`${name}: its exported constructors are the catalogue's pools and the named others`, () => {
      if (!BUILT_IN.has(name)) {
        assert.ok(devDependencies[name], `${name} is catalogued but not a devDependency: pin the version the catalogue was read from`);
        assert.equal(installedVersion(name), devDependencies[name], `${name}: installed and pinned versions differ (run npm ci)`);
      }
      const loaded = require(name) as unknown;
      const exported = exportedConstructors(loaded);
      const pools = [...new Set(catalogued)].sort();
      for (const path of pools) assert.ok(exported.includes(path), `${name}: the catalogue names ${path || 'the module itself'}, which ${name} does not export as a constructor`);
      const others = NOT_POOLS[name] ?? {};
      const unexplained = exported.filter((path) => !pools.includes(path) && !(path in others));
      assert.deepEqual(unexplained, [], `${name} exports constructors the catalogue neither tracks nor explains: catalogue them (clients.ts) or name them in NOT_POOLS`);
      const gone = Object.keys(others).filter((path) => !exported.includes(path));
      assert.deepEqual(gone, [], `${name} no longer exports these: remove them from NOT_POOLS`);
    });
  }
});
