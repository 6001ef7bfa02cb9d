import assert from 'node:assert/strict';
import semver from 'semver';
import { ASSUMED_SERVER, ASSUMED_SERVER_JAVA_GO, clientLibraries, COMMON_BALANCER_IDS, COMMON_MIDDLEBOX_IDS, COMMON_SERVER_IDS, servers } from 'eslint-plugin-keepalive/catalog';

/** An official documentation URL, `owner/repo:path` of the product's own source, or a recorded observation. */
const SOURCE = /^(https:\/\/\S+|[\w.-]+\/[\w.-]+:\S+|observed\b.+)/;

const REQUIRED_IDS = [
  'node', 'fastify', 'nginx', 'apache-httpd', 'tomcat', 'jetty', 'undertow', 'go-net-http', 'cherrypy', 'gunicorn',
  'uvicorn', 'puma', 'kestrel', 'iis', 'caddy', 'traefik', 'envoy', 'haproxy', 'varnish', 'aws-alb', 'aws-elb',
  'aws-nlb', 'aws-cloudfront', 'gcp-alb', 'azure-lb', 'azure-app-gateway', 'cloudflare', 'heroku',
];

describe('the server catalogue', () => {
  it('has at least 40 entries with unique kebab-case ids, including the common ones', () => {
    assert.ok(servers.length >= 40, `only ${servers.length} entries`);
    const ids = servers.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const id of REQUIRED_IDS) assert.ok(ids.includes(id), `missing ${id}`);
  });

  for (const entry of servers) {
    it(`${entry.id}: every idle timeout has a source and a valid version range`, () => {
      assert.ok(entry.idleTimeout.length > 0);
      for (const value of entry.idleTimeout) {
        assert.match(value.source, SOURCE, `${entry.id}: source "${value.source}"`);
        assert.ok(semver.validRange(value.versions), `${entry.id}: versions "${value.versions}"`);
        assert.ok(value.ms === null || (Number.isInteger(value.ms) && value.ms > 0), `${entry.id}: ms ${value.ms}`);
      }
    });
  }

  it('names only its own entries as the assumed and the common servers, balancers and middleboxes', () => {
    const byId = new Map(servers.map((entry) => [entry.id, entry]));
    assert.equal(byId.get(ASSUMED_SERVER.id)?.kind, 'server');
    assert.equal(byId.get(ASSUMED_SERVER_JAVA_GO.id)?.kind, 'server');
    for (const id of [...COMMON_SERVER_IDS, ...COMMON_BALANCER_IDS, ...COMMON_MIDDLEBOX_IDS]) assert.ok(byId.has(id), `unknown id ${id}`);
    for (const id of COMMON_MIDDLEBOX_IDS) assert.notEqual(byId.get(id)?.kind, 'server', `${id} is an origin server, not a middlebox`);
  });

  it('assumes the same 5 s server in every language, under two names', () => {
    const idleOf = ({ id, versions }: { id: string; versions: string }) => servers.find((entry) => entry.id === id)?.idleTimeout.find((value) => value.versions === versions)?.ms;
    assert.equal(idleOf(ASSUMED_SERVER), 5000);
    assert.equal(idleOf(ASSUMED_SERVER_JAVA_GO), 5000);
  });

  it('knows the version changes the rules depend on', () => {
    const idle = (id: string) => servers.find((entry) => entry.id === id)!.idleTimeout;
    assert.deepEqual(idle('node').map((v) => [v.versions, v.ms]), [['>=26', 65000], ['<26', 5000]]);
    assert.deepEqual(idle('fastify').map((v) => [v.versions, v.ms]), [['>=4', 72000], ['<4', 5000]]);
    assert.equal(idle('nginx')[0]!.ms, 75000);
    assert.equal(idle('aws-alb')[0]!.ms, 60000);
  });
});

describe('the client library catalogue', () => {
  for (const library of clientLibraries) {
    it(`${library.id}: every default has a source, every written option is a known option`, () => {
      for (const defaults of Object.values(library.defaults)) {
        for (const value of defaults ?? []) assert.match(value.source, SOURCE);
      }
      for (const option of Object.values(library.optionFor)) assert.ok(option && option in library.options, `${library.id}: ${option}`);
      for (const zero of Object.values(library.zeroMeans)) assert.match(zero!.source, SOURCE);
    });
  }
});
