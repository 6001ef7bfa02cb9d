'use strict';
// The Java and Go incidents, one scenario each: a real server on 127.0.0.1 with its idle timeout scaled down
// to T, and per client library the program as written (flagged by a rule), the same program with its retries
// off where the library has a switch for them, and the program after accepting the rule's suggestion.
// Every program is a POST client (see programs/README.md for how each wait makes a failure deterministic).
const path = require('node:path');
const servers = require('./servers');
const { RULE } = require('./scenarios');

/** T: the idle timeout of every server here (raw server, middlebox, nginx, Go's ReadTimeout). */
const IDLE_MS = 500;
const MARGIN_MS = 200;
const ROUNDS = 3;
/**
 * nginx's timeout for the JDK client: its keep-alive property is in whole seconds, and its pool honours none below
 * 3 s (catalog JDK_POOL_SWEEP; 2 s against 2.5 s failed here), so the suggestion is 3 s.
 */
const JDK_IDLE_MS = 3500;
/** One-way latency of the path on which a request crosses the server's FIN (generous for a loaded machine). */
const CROSSING_LATENCY_MS = 50;

const WAIT = {
  pastIdle: { kind: 'gap', gapMs: IDLE_MS + 200 },
  /** The server's FIN has been at the client for 100 ms. */
  finArrived: { kind: 'after-close', settleMs: 100 },
  /** Through the latency path: the FIN has left the server and reaches the client after the request left. */
  crossing: { kind: 'after-close' },
};

const java = (name) => path.join(__dirname, 'jvm', 'clients', `${name}.java`);
const goClient = (name) => path.join(__dirname, 'go', 'clients', `${name}.go`);
const GO_READ_TIMEOUT_SERVER = path.join(__dirname, 'go', 'servers', 'read_timeout.go');

const LIBRARY = {
  async41: 'HttpAsyncClient 4.1.5',
  http45: 'HttpClient 4.5.14',
  http52: 'HttpClient 5.2.1',
  okhttp: 'OkHttp 3.13.1',
  jdk: 'java.net.http (JDK 17)',
  go: 'Go 1.19 net/http',
};

/** Stale-connection errors each library reports, as its programs print them (`Class: message`). */
const ERROR = {
  asyncClosed: /^org\.apache\.http\.ConnectionClosedException: Connection (is closed|closed unexpectedly)/,
  http45NoResponse: /^org\.apache\.http\.NoHttpResponseException: /,
  http52NoResponse: /^org\.apache\.hc\.core5\.http\.NoHttpResponseException: /,
  reset: /^java\.net\.SocketException: Connection reset/,
  okhttpEndOfStream: /^java\.io\.IOException: unexpected end of stream/,
  jdkNoBytes: /^java\.io\.(IOException: HTTP\/1\.1 header parser received no bytes|EOFException: EOF reached while reading)/,
  goEof: /^\*errors\.errorString: Post "http:\/\/127\.0\.0\.1:<port>\/": EOF$/,
};

/**
 * `expect`: 'fails-every-reuse' (with `error`, a pattern every failure matches), 'no-failures', 'retried'
 * (the caller sees no failure, the server saw every reuse fail: the library resent the request), or
 * 'report' (printed, not asserted). `retries`: how the library's own retries stand in this configuration.
 * A cell may set its own `settings` and `start` (a server with another idle timeout); a configuration its own
 * `wait` and `server` (a server program, linted and possibly fixed like the client).
 */
const flagged = (source, rules, extra) => ({ label: 'flagged', client: { source, flaggedBy: rules }, ...extra });
const retriesOff = (source, rules, error) =>
  ({ label: 'flagged, retries off', client: { source, flaggedBy: rules }, retries: 'off', expect: 'fails-every-reuse', error });
const suggested = (source, rules, extra = {}) =>
  ({ label: 'suggested', client: { source, fix: rules }, expect: 'no-failures', ...extra });

const programScenarios = [
  {
    id: 'async-client-no-strategy',
    description:
      `HttpAsyncClient 4.1 with a pooling connection manager and no keep-alive strategy calls a server that keeps ` +
      `connections ${IDLE_MS} ms and sends no Keep-Alive header. The server answers no request that arrives on a ` +
      `connection idle for ${IDLE_MS} ms or more and closes it, as if the request had crossed its FIN: this shows, ` +
      `without a race, whether a client reuses a connection past T (an NIO reactor reads a FIN the moment it ` +
      `arrives, so a FIN that has already arrived proves nothing). Each probe leaves ${WAIT.pastIdle.gapMs} ms after the last response.`,
    shows:
      'The default strategy keeps the connection forever without a header, and HttpAsyncClient 4.1 has no retry: ' +
      'every reuse fails. The suggested strategy caps the keep-alive at T minus the margin, and the pool closes ' +
      'the expired connection when the probe leases it (the 4.1 builder has no evictor to add).',
    settings: { servers: [{ name: 'lab-undertow', idleTimeoutMs: IDLE_MS }], marginMs: MARGIN_MS },
    start: () => servers.startRawIdleServer({ idleMs: IDLE_MS, closeOnLateRequest: true }),
    wait: WAIT.pastIdle,
    cells: [
      {
        client: LIBRARY.async41,
        configurations: [
          flagged(java('AsyncClientNoStrategy'), [RULE.idleTimeout], { retries: 'none in the library', expect: 'fails-every-reuse', error: ERROR.asyncClosed }),
          suggested(java('AsyncClientNoStrategy'), [RULE.idleTimeout]),
        ],
      },
    ],
  },
  {
    id: 'no-header-server-undertow',
    description:
      `HttpClient 4.5 with a pooling connection manager and the default keep-alive strategy calls a server that ` +
      `closes connections idle for ${IDLE_MS} ms and sends no Keep-Alive header (what Undertow and CherryPy do). ` +
      'The probe leaves 100 ms after the server closed: its FIN has arrived at the client.',
    shows:
      'Without a header the default strategy keeps the connection "forever", and a blocking client does not read ' +
      'a FIN on an idle pooled connection: every reuse fails, and the retry handler does not resend a sent POST. ' +
      '`validateAfterInactivity` is a stale check at lease time, not an idle timeout: it only runs on connections ' +
      'idle at least its value (2 s by default in 4.5, longer than T here, so the flagged client never ran it). ' +
      'Set to 200 ms it finds this FIN and opens a new connection, but it cannot see a silent drop ' +
      '(vip-silent-drop) nor a FIN still in flight. The suggested strategy has no failures.',
    settings: { servers: [{ name: 'lab-undertow', idleTimeoutMs: IDLE_MS }], marginMs: MARGIN_MS },
    start: () => servers.startRawIdleServer({ idleMs: IDLE_MS }),
    wait: WAIT.finArrived,
    // A request written to a socket this server has closed meets its kernel's RST: the server never sees it.
    countsStaleRequests: false,
    cells: [
      {
        client: LIBRARY.http45,
        configurations: [
          flagged(java('HttpClient45NoStrategy'), [RULE.idleTimeout], { retries: 'default (idempotent requests only)', expect: 'report' }),
          retriesOff(java('HttpClient45NoStrategyRetriesOff'), [RULE.idleTimeout], ERROR.http45NoResponse),
          {
            label: 'validateAfterInactivity 200 ms (flagged)',
            client: { source: java('HttpClient45StaleCheck'), flaggedBy: [RULE.idleTimeout] },
            retries: 'default (idempotent requests only)',
            expect: 'no-failures',
          },
          suggested(java('HttpClient45NoStrategy'), [RULE.idleTimeout]),
        ],
      },
    ],
  },
  {
    id: 'vip-silent-drop',
    description:
      `A pooled HttpClient 4.5 calls a server through a silent L4 middlebox (a VIP) that forgets flows idle for ` +
      `${IDLE_MS} ms without a FIN and answers the next packet with an RST; the server behind it announces ` +
      `\`Keep-Alive: timeout=60\`. The probe leaves ${WAIT.pastIdle.gapMs} ms after the last response.`,
    shows:
      'No FIN ever arrives, so nothing on the client can tell the connection is dead: the flagged client fails on ' +
      'every reuse, with and without `validateAfterInactivity`. The suggested strategy caps the server\'s 60 s ' +
      'hint at T minus the margin and never reuses a connection the middlebox forgot.',
    settings: { servers: [{ name: 'lab-vip', idleTimeoutMs: IDLE_MS, kind: 'l4' }], marginMs: MARGIN_MS },
    start: () => servers.startBehindL4Proxy({ idleMs: IDLE_MS, originKeepAliveTimeoutMs: 60_000 }),
    wait: WAIT.pastIdle,
    cells: [
      {
        client: LIBRARY.http45,
        configurations: [
          flagged(java('HttpClient45NoStrategy'), [RULE.idleTimeout], { retries: 'default (idempotent requests only)', expect: 'report' }),
          retriesOff(java('HttpClient45NoStrategyRetriesOff'), [RULE.idleTimeout], ERROR.reset),
          {
            label: 'validateAfterInactivity 200 ms (flagged)',
            client: { source: java('HttpClient45StaleCheck'), flaggedBy: [RULE.idleTimeout] },
            retries: 'default (idempotent requests only)',
            expect: 'fails-every-reuse',
            error: ERROR.reset,
          },
          suggested(java('HttpClient45NoStrategy'), [RULE.idleTimeout]),
        ],
      },
    ],
  },
  {
    id: 'nginx-idle-sweeper-only',
    description:
      `Real nginx with \`keepalive_timeout ${IDLE_MS}ms\`, reached through a path with ${CROSSING_LATENCY_MS} ms ` +
      'one-way latency. The probe leaves as nginx\'s FIN leaves nginx, so the request crosses it on the wire ' +
      'before any client could notice the close.',
    shows:
      'A sweeper that calls `closeIdleConnections(1 s)` every second is slower than nginx: the connection is ' +
      'still pooled when the probe leases it. HttpClient 5.2 (3 min default keep-alive) and OkHttp 3 (5 min ' +
      'default pool) fail the same way; OkHttp retries on connection failure by default, so as configured the ' +
      'caller sees nothing while nginx saw every reused request fail. The suggested keep-alive strategy / ' +
      '`ConnectionPool` keep-alive below nginx\'s timeout has no failures. java.net.http (JDK 17) fails the same ' +
      'way; left at its default the plugin reports it with no code edit to suggest, since its pool is set by the ' +
      '`jdk.httpclient.keepalive.timeout` system property in whole seconds; set in the program, the suggestion ' +
      `rewrites it (3 s against nginx at ${JDK_IDLE_MS} ms) and the failures are gone. The JDK closes expired ` +
      'connections only when its selector thread wakes, up to 3 s after a connection returns to the pool, so no ' +
      'value below 3 s is honoured (2 s against a 2.5 s nginx still failed): the plugin counts 3 s at least.',
    settings: { servers: [{ name: 'lab-nginx', idleTimeoutMs: IDLE_MS }], marginMs: MARGIN_MS },
    start: () => servers.startWithLatency(() => servers.startNginx({ idleMs: IDLE_MS }), { delayMs: CROSSING_LATENCY_MS }),
    wait: WAIT.crossing,
    cells: [
      {
        client: `${LIBRARY.http45}, idle sweeper`,
        configurations: [
          flagged(java('HttpClient45IdleSweeper'), [RULE.belowServer], { retries: 'default (idempotent requests only)', expect: 'report' }),
          retriesOff(java('HttpClient45IdleSweeperRetriesOff'), [RULE.belowServer], ERROR.http45NoResponse),
          suggested(java('HttpClient45IdleSweeper'), [RULE.belowServer]),
        ],
      },
      {
        client: LIBRARY.http52,
        configurations: [
          flagged(java('HttpClient52Default'), [RULE.belowServer], { retries: 'default (idempotent requests only)', expect: 'report' }),
          retriesOff(java('HttpClient52DefaultRetriesOff'), [RULE.belowServer], ERROR.http52NoResponse),
          suggested(java('HttpClient52Default'), [RULE.belowServer]),
        ],
      },
      {
        client: LIBRARY.okhttp,
        configurations: [
          flagged(java('OkHttpDefaultPool'), [RULE.belowServer], { retries: 'default (retryOnConnectionFailure)', expect: 'retried' }),
          retriesOff(java('OkHttpDefaultPoolRetriesOff'), [RULE.belowServer], ERROR.okhttpEndOfStream),
          suggested(java('OkHttpDefaultPool'), [RULE.belowServer]),
        ],
      },
      {
        // The JDK's pool keep-alive is a JVM-wide property in whole seconds. Left at its default, the plugin
        // reports the client with no code edit to suggest (a property set elsewhere would win): failure only.
        client: LIBRARY.jdk,
        configurations: [
          flagged(java('JdkHttpClientDefault'), [RULE.belowServer], { retries: 'GET and HEAD only', expect: 'fails-every-reuse', error: ERROR.jdkNoBytes }),
        ],
      },
      {
        // Set in the program, the property is what the suggestion rewrites; whole seconds need a longer T.
        client: `${LIBRARY.jdk}, keep-alive property, nginx ${JDK_IDLE_MS} ms`,
        settings: { servers: [{ name: 'lab-nginx', idleTimeoutMs: JDK_IDLE_MS }], marginMs: MARGIN_MS },
        start: () => servers.startWithLatency(() => servers.startNginx({ idleMs: JDK_IDLE_MS }), { delayMs: CROSSING_LATENCY_MS }),
        configurations: [
          flagged(java('JdkHttpClientKeepAlive60'), [RULE.belowServer], { retries: 'GET and HEAD only', expect: 'fails-every-reuse', error: ERROR.jdkNoBytes }),
          suggested(java('JdkHttpClientKeepAlive60'), [RULE.belowServer]),
        ],
      },
    ],
  },
  {
    id: 'go-server-read-timeout-fallback',
    description:
      `A Go http.Server with \`ReadTimeout: ${IDLE_MS} ms\` and no IdleTimeout (Go 1.19 then closes idle ` +
      'connections after ReadTimeout), called every T by a Go client on the default transport and by HttpClient ' +
      `4.5, through a path with ${CROSSING_LATENCY_MS} ms one-way latency. The probe leaves as the server's FIN ` +
      'leaves the server: the request crosses it, as a client calling every T does at the boundary.',
    shows:
      'Go\'s transport drops an idle connection whose FIN it has read, but not one whose FIN is still on the wire, ' +
      'and it does not resend a POST that was written: `EOF`. Both fixes work: on the server, the suggested ' +
      'explicit IdleTimeout above the client\'s interval (its probe leaves 100 ms past T and reuses the ' +
      'connection); on the client, the suggested IdleConnTimeout below T (a new connection each time).',
    // The client rules read `servers`; the server rule reads the client in front of it from `frontedBy`.
    settings: {
      servers: [{ name: 'lab-go-server', idleTimeoutMs: IDLE_MS }],
      frontedBy: [{ name: 'lab-go-client', idleTimeoutMs: IDLE_MS }],
      marginMs: MARGIN_MS,
    },
    server: { source: GO_READ_TIMEOUT_SERVER, flaggedBy: [RULE.aboveBalancer] },
    start: (serverProgram) => servers.startWithLatency(() => servers.startGoServer({ source: serverProgram }), { delayMs: CROSSING_LATENCY_MS }),
    wait: WAIT.crossing,
    cells: [
      {
        client: LIBRARY.go,
        configurations: [
          flagged(goClient('command_client'), [RULE.belowServer], { retries: 'none for a written POST', expect: 'fails-every-reuse', error: ERROR.goEof }),
          {
            label: 'suggested on the server',
            client: { source: goClient('command_client'), flaggedBy: [RULE.belowServer] },
            server: { source: GO_READ_TIMEOUT_SERVER, fix: [RULE.aboveBalancer] },
            wait: { kind: 'gap', gapMs: IDLE_MS + 100 },
            expect: 'no-failures',
          },
          { ...suggested(goClient('command_client'), [RULE.belowServer]), label: 'suggested on the client' },
        ],
      },
      {
        client: LIBRARY.http45,
        configurations: [
          flagged(java('HttpClient45NoStrategy'), [RULE.idleTimeout], { retries: 'default (idempotent requests only)', expect: 'report' }),
          retriesOff(java('HttpClient45NoStrategyRetriesOff'), [RULE.idleTimeout], ERROR.http45NoResponse),
          { ...suggested(java('HttpClient45NoStrategy'), [RULE.idleTimeout]), label: 'suggested on the client' },
        ],
      },
    ],
  },
];

module.exports = { programScenarios, ROUNDS, IDLE_MS };
