import type { ClientDefault, ClientLibrary, IdleFallback, ServerProduct } from './types';

/**
 * Go's net/http as code builds it: `http.Transport` (a client pool), `http.DefaultTransport` and what uses it, and
 * `http.Server`. Read in Go's own sources as Debian ships them unmodified (golang-1.19-src 1.19.8, golang-1.21-src
 * 1.21.13, golang-1.22-src 1.22.12, golang-1.23-src 1.23.5, golang-1.24-src 1.24.4); lines are for the tag named.
 */

const TRANSPORT = 'golang/go:src/net/http/transport.go';
const SERVER = 'golang/go:src/net/http/server.go';

/** The Go versions assumed when neither `settings.keepalive.go` nor a go.mod says: 1.21 (August 2023) and later. */
export const ASSUMED_GO = '>=1.21';

/** What Go's client returns for a request on a connection the server closed, as it appears in logs. */
const GO_FAILURE = '`Post "…": EOF` or "read: connection reset by peer"';

const GO_RETRY =
  'Go retries a request that met a closed reused connection only when none of it was sent yet, or when it is replayable (GET, HEAD, OPTIONS or TRACE, or an `Idempotency-Key` / `X-Idempotency-Key` header, with a body it can rewind) and failed before the first response byte; never on a fresh connection. A POST that was written fails with the error.';

const RETRY_SOURCE = `${TRANSPORT}:685-730 shouldRetryRequest, golang/go:src/net/http/request.go:1435-1449 isReplayable @ go1.19.8 (same in go1.24.4)`;

const BUILD_ONCE_AT = 'a package-level variable or a field of a long-lived struct';

/** `Transport` fields → concepts. `DisableKeepAlives` maps onto `keepAlive` inverted; `KeepAlive` is the `net.Dialer`'s. */
const transportOptions = {
  IdleConnTimeout: 'idleTimeoutMs',
  MaxConnsPerHost: 'maxSockets',
  MaxIdleConnsPerHost: 'maxFreeSockets',
  DisableKeepAlives: 'keepAlive',
  KeepAlive: 'tcpKeepAliveMs',
} as const;

const transportWrites = {
  idleTimeoutMs: 'IdleConnTimeout',
  maxSockets: 'MaxConnsPerHost',
  maxFreeSockets: 'MaxIdleConnsPerHost',
} as const;

const transportZero = {
  idleTimeoutMs: { effect: 'unlimited', source: `${TRANSPORT}:208-212 @ go1.19.8 (IdleConnTimeout: "Zero means no limit.")` },
  maxSockets: { effect: 'unlimited', source: `${TRANSPORT}:201-206, 1418 @ go1.19.8 (MaxConnsPerHost: "Zero means no limit."; <= 0: no limit)` },
  maxFreeSockets: { effect: 'default', source: `${TRANSPORT}:58, 900-905 @ go1.19.8 (maxIdleConnsPerHost(): 0 → DefaultMaxIdleConnsPerHost = 2)` },
} as const;

const ZERO_VALUE_KEEPALIVE: ClientDefault = { versions: '*', value: true, source: `${TRANSPORT}:180 @ go1.19.8 (DisableKeepAlives bool: false unless set)` };
const MAX_IDLE_PER_HOST: ClientDefault = { versions: '*', value: 2, source: `${TRANSPORT}:58, 900-905 @ go1.19.8 (DefaultMaxIdleConnsPerHost = 2)` };
const NO_CONNS_LIMIT: ClientDefault = { versions: '*', value: null, source: `${TRANSPORT}:201-206 @ go1.19.8 (MaxConnsPerHost: "Zero means no limit.")` };

/** An `http.Transport{…}` literal: every field it does not set is Go's zero value. */
export const goTransport: ClientLibrary = {
  id: 'go-net-http-transport',
  name: 'Go net/http.Transport',
  failure: GO_FAILURE,
  options: transportOptions,
  optionFor: transportWrites,
  defaults: {
    keepAlive: [ZERO_VALUE_KEEPALIVE],
    idleTimeoutMs: [{ versions: '*', value: null, source: `${TRANSPORT}:208-212 @ go1.19.8 (IdleConnTimeout: "Zero means no limit.")` }],
    maxSockets: [NO_CONNS_LIMIT],
    maxFreeSockets: [MAX_IDLE_PER_HOST],
    // No DialContext: the transport dials with a zero net.Dialer, whose KeepAlive 0 means 15 s.
    tcpKeepAliveMs: [{ versions: '*', value: 15000, source: `${TRANSPORT}:1166-1179 (zeroDialer), golang/go:src/net/dial.go:17, 433-440 @ go1.19.8 (defaultTCPKeepAlive = 15 * time.Second)` }],
  },
  hint: 'ignored',
  zeroMeans: transportZero,
  retry: GO_RETRY,
  buildOnceAt: BUILD_ONCE_AT,
};

/**
 * `http.DefaultTransport` and what uses it without saying so: a clone of it, an `http.Client` with no `Transport`,
 * `http.DefaultClient`, `http.Get` and the other package-level helpers.
 */
export const goDefaultTransport: ClientLibrary = {
  ...goTransport,
  id: 'go-net-http-default-transport',
  name: 'Go net/http.DefaultTransport',
  defaults: {
    keepAlive: [ZERO_VALUE_KEEPALIVE],
    idleTimeoutMs: [{ versions: '>=1.7', value: 90000, source: `${TRANSPORT}:43-54 @ go1.19.8, :45-56 @ go1.24.4 (DefaultTransport IdleConnTimeout: 90 * time.Second)` }],
    maxSockets: [NO_CONNS_LIMIT],
    maxFreeSockets: [MAX_IDLE_PER_HOST],
    tcpKeepAliveMs: [{ versions: '*', value: 30000, source: `${TRANSPORT}:43-54 @ go1.19.8 (DefaultTransport dialer KeepAlive: 30 * time.Second)` }],
  },
};

/** The retry sentence's sources, for SOURCES.md and tests. */
export const GO_RETRY_SOURCE = RETRY_SOURCE;

/**
 * `http.Server`'s idle timeout: `IdleTimeout`, else `ReadTimeout`, else on Go ≤ 1.19 `ReadHeaderTimeout` (golang/go
 * #54784, fixed for 1.20: read in 1.19.8 and 1.21.13, the 1.20 boundary inferred from the fix's date), else none. A
 * negative deciding value closes each connection right after its response before Go 1.23 (`d != 0` → a deadline in
 * the past) and means no timeout from 1.23 (`d > 0`).
 */
const goIdleFallback: IdleFallback = {
  assumedVersions: ASSUMED_GO,
  rows: [
    {
      versions: '<1.20',
      chain: [
        { concept: 'keepAliveTimeoutMs', setting: 'IdleTimeout' },
        { concept: 'requestTimeoutMs', setting: 'ReadTimeout' },
        { concept: 'headersTimeoutMs', setting: 'ReadHeaderTimeout', positiveOnly: true },
      ],
      negative: 'closes-after-response',
      source: `${SERVER}:3187-3192 idleTimeout(), :2015-2021 serve loop (d != 0), :974-981 readRequest (header deadline t0 + ReadHeaderTimeout when > 0) @ go1.19.8`,
    },
    {
      versions: '>=1.20 <1.23',
      chain: [
        { concept: 'keepAliveTimeoutMs', setting: 'IdleTimeout' },
        { concept: 'requestTimeoutMs', setting: 'ReadTimeout' },
      ],
      negative: 'closes-after-response',
      source: `${SERVER}:2039-2050 @ go1.21.13, :2069 @ go1.22.12 (idle wait Peek with deadline when d != 0; golang/go#54784)`,
    },
    {
      versions: '>=1.23',
      chain: [
        { concept: 'keepAliveTimeoutMs', setting: 'IdleTimeout' },
        { concept: 'requestTimeoutMs', setting: 'ReadTimeout' },
      ],
      negative: 'no-timeout',
      source: `${SERVER}:2927-2931 (IdleTimeout doc: "If negative … there is no timeout"), :2117 (d > 0) @ go1.23.5`,
    },
  ],
};

const NO_TIMEOUT = (field: string, line: string) => ({
  of: 'framework' as const,
  values: [{ versions: '*', ms: null, source: `${SERVER}:${line} @ go1.19.8 (${field} zero value: no timeout of its own)` }],
});

export const goServer: ServerProduct = {
  id: 'go-net-http',
  name: 'Go net/http',
  idleSetting: 'IdleTimeout',
  optionFor: { keepAliveTimeoutMs: 'IdleTimeout' },
  defaults: {
    keepAliveTimeoutMs: NO_TIMEOUT('IdleTimeout', '2633-2637'),
    headersTimeoutMs: NO_TIMEOUT('ReadHeaderTimeout', '2618-2624'),
    requestTimeoutMs: NO_TIMEOUT('ReadTimeout', '2608-2616'),
  },
  zeroMeans: {
    requestTimeoutMs: { effect: 'unlimited', source: `${SERVER}:2608-2610 @ go1.19.8 (ReadTimeout: "A zero or negative value means there will be no timeout.")` },
  },
  source: `${SERVER}:3253-3256 @ go1.19.8 (ListenAndServe: &Server{Addr, Handler}, every timeout zero)`,
  runsOn: 'go',
  idleFallback: goIdleFallback,
};
