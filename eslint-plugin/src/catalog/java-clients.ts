import type { JavaClientLibrary, JavaConnectionManager, JavaSetter } from './java-types';

/**
 * Java client pools: Apache HttpClient 4.x (classic and async) and 5.x, OkHttp, the JDK's `java.net.http`, Reactor
 * Netty and Jetty. Each number was read in the library's source at the tag named (`owner/repo:path @ tag`), or in
 * the release Debian ships (`javap`); `SOURCES.md` says how.
 */

const HC4 = 'apache/httpcomponents-client:httpclient/src/main/java/org/apache/http';
const HC4_CORE = 'apache/httpcomponents-core:httpcore/src/main/java/org/apache/http';
const HC4_ASYNC = 'apache/httpasyncclient:httpasyncclient/src/main/java/org/apache/http/impl/nio';
const HC5 = 'apache/httpcomponents-client:httpclient5/src/main/java/org/apache/hc/client5/http';

/** Request methods of every Apache client, sync and async. */
const APACHE_REQUESTS = ['execute'];

/** Builder methods shared by the 4.x classic and async builders. */
const hc4Common: Readonly<Record<string, JavaSetter>> = {
  setKeepAliveStrategy: { role: 'keep-alive-strategy', source: `${HC4}/impl/client/HttpClientBuilder.java:428-432, 1034-1036 @ rel/v4.5.14` },
  setConnectionManager: { role: 'connection-manager', source: `${HC4}/impl/client/HttpClientBuilder.java:960-1019 @ rel/v4.5.14` },
  setConnectionManagerShared: { role: 'manager-shared', since: '>=4.4', source: `${HC4}/impl/client/HttpClientBuilder.java:410-412, 1219 @ rel/v4.5.14` },
  setConnectionReuseStrategy: { role: 'reuse-strategy', source: `${HC4}/impl/client/HttpClientBuilder.java @ rel/v4.5.14` },
};

/** The `Keep-Alive` header parsed by the default strategy, `-1` without it; an expiry of -1 is `Long.MAX_VALUE`. */
const HC4_FOREVER = `${HC4}/impl/client/DefaultConnectionKeepAliveStrategy.java:55-71 @ rel/v4.5.14; ${HC4_CORE}/pool/PoolEntry.java:155-165 @ rel/v4.4.16 (-1: expiry Long.MAX_VALUE)`;

const HC4_STRATEGY = {
  interfaceName: 'org.apache.http.conn.ConnectionKeepAliveStrategy',
  defaultClass: 'org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy',
  returns: 'milliseconds',
  source: `${HC4_CORE}/pool/AbstractConnPool.java:333-334 @ rel/v4.4.16 (an expired entry is closed at lease, never reused)`,
} as const;

export const apacheHttpClient4: JavaClientLibrary = {
  id: 'apache-httpclient-4',
  name: 'Apache HttpClient 4.x',
  failure: '`NoHttpResponseException: <host> failed to respond`, or `SocketException: Connection reset`; a sent POST is not retried',
  packages: ['org.apache.http'],
  artifacts: ['org.apache.httpcomponents:httpclient'],
  constructions: [
    { className: 'org.apache.http.impl.client.HttpClients', method: 'custom', makes: 'builder' },
    { className: 'org.apache.http.impl.client.HttpClientBuilder', method: 'create', makes: 'builder' },
    {
      className: 'org.apache.http.impl.client.HttpClients',
      method: 'createDefault',
      makes: 'pool',
      builderInstead: { call: 'HttpClients.custom()', keepsBehaviour: true, source: `${HC4}/impl/client/HttpClients.java @ rel/v4.5.14 (HttpClientBuilder.create().build())` },
    },
    {
      className: 'org.apache.http.impl.client.HttpClients',
      method: 'createSystem',
      makes: 'pool',
      builderInstead: { call: 'HttpClients.custom().useSystemProperties()', keepsBehaviour: true, source: `${HC4}/impl/client/HttpClients.java @ rel/v4.5.14 (HttpClientBuilder.create().useSystemProperties().build())` },
    },
    {
      className: 'org.apache.http.impl.client.HttpClients',
      method: 'createMinimal',
      makes: 'pool',
      builderInstead: { call: 'HttpClients.custom()', keepsBehaviour: false, source: `${HC4}/impl/client/MinimalHttpClient.java:77-81 @ rel/v4.5.14 (strategy hard-wired, no retry)` },
    },
  ],
  setters: {
    ...hc4Common,
    evictIdleConnections: { role: 'evict-idle', since: '>=4.4', source: `${HC4}/impl/client/HttpClientBuilder.java:833-838, 863-865 @ rel/v4.5.14; :806 @ rel/v4.4` },
    evictExpiredConnections: { role: 'evict-expired', since: '>=4.4', source: `${HC4}/impl/client/HttpClientBuilder.java:805-808 @ rel/v4.5.14` },
    setConnectionTimeToLive: { role: 'time-to-live', since: '>=4.4', source: `${HC4}/impl/client/HttpClientBuilder.java:217, 381-383, 996-997 @ rel/v4.5.14` },
    setMaxConnTotal: { role: 'manager-limit', source: `${HC4}/impl/client/HttpClientBuilder.java:243-365, 960-1019 @ rel/v4.5.14` },
    setMaxConnPerRoute: { role: 'manager-limit', source: `${HC4}/impl/client/HttpClientBuilder.java:243-365, 960-1019 @ rel/v4.5.14` },
  },
  requestMethods: APACHE_REQUESTS,
  strategy: HC4_STRATEGY,
  evictor: [
    {
      versions: '>=4.4',
      sleep: 'max-idle',
      expiredOnlySleepMs: 10000,
      source: `${HC4}/impl/client/HttpClientBuilder.java:1219-1228 @ rel/v4.5.14; ${HC4}/impl/client/IdleConnectionEvictor.java:50-75 (sleep, then closeIdleConnections)`,
    },
  ],
  options: { setKeepAliveStrategy: 'idleTimeoutMs', setConnectionTimeToLive: 'maxLifetimeMs' },
  optionFor: { idleTimeoutMs: 'setKeepAliveStrategy' },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${HC4}/impl/client/HttpClientBuilder.java @ rel/v4.5.14 (a PoolingHttpClientConnectionManager, DefaultConnectionReuseStrategy)` }],
    idleTimeoutMs: [{ versions: '*', value: null, source: HC4_FOREVER }],
    maxLifetimeMs: [{ versions: '*', value: null, source: `${HC4}/impl/client/HttpClientBuilder.java:217 @ rel/v4.5.14 (connTimeToLive = -1, infinite)` }],
  },
  hint: 'replaces',
  zeroMeans: {},
};

export const apacheHttpAsyncClient4: JavaClientLibrary = {
  id: 'apache-httpasyncclient-4',
  name: 'Apache HttpAsyncClient 4.1',
  failure: '`ConnectionClosedException: Connection closed unexpectedly` (or `Connection is closed`), never retried',
  packages: ['org.apache.http'],
  artifacts: ['org.apache.httpcomponents:httpasyncclient'],
  constructions: [
    { className: 'org.apache.http.impl.nio.client.HttpAsyncClients', method: 'custom', makes: 'builder' },
    { className: 'org.apache.http.impl.nio.client.HttpAsyncClientBuilder', method: 'create', makes: 'builder' },
    {
      className: 'org.apache.http.impl.nio.client.HttpAsyncClients',
      method: 'createDefault',
      makes: 'pool',
      builderInstead: { call: 'HttpAsyncClients.custom()', keepsBehaviour: true, source: `${HC4_ASYNC}/client/HttpAsyncClients.java @ 4.1.4 (HttpAsyncClientBuilder.create().build())` },
    },
    {
      className: 'org.apache.http.impl.nio.client.HttpAsyncClients',
      method: 'createSystem',
      makes: 'pool',
      builderInstead: { call: 'HttpAsyncClients.custom().useSystemProperties()', keepsBehaviour: true, source: `${HC4_ASYNC}/client/HttpAsyncClients.java @ 4.1.4` },
    },
  ],
  setters: {
    ...hc4Common,
    // Added in 4.1.5 (release notes; javap of httpasyncclient-4.1.5.jar); applied only to a manager the builder creates.
    setConnectionTimeToLive: { role: 'time-to-live', since: '>=4.1.5', source: 'apache/httpasyncclient:RELEASE_NOTES.txt (Release 4.1.5); javap httpasyncclient-4.1.5.jar build() offsets 203-210' },
    setMaxConnTotal: { role: 'manager-limit', source: `${HC4_ASYNC}/client/HttpAsyncClientBuilder.java @ 4.1.4` },
    setMaxConnPerRoute: { role: 'manager-limit', source: `${HC4_ASYNC}/client/HttpAsyncClientBuilder.java @ 4.1.4` },
  },
  requestMethods: APACHE_REQUESTS,
  strategy: { ...HC4_STRATEGY, source: 'apache/httpcomponents-core:httpcore-nio/src/main/java/org/apache/http/nio/pool/AbstractNIOConnPool.java:422 @ rel/v4.4.16 (expired entries closed at lease)' },
  options: { setKeepAliveStrategy: 'idleTimeoutMs', setConnectionTimeToLive: 'maxLifetimeMs' },
  optionFor: { idleTimeoutMs: 'setKeepAliveStrategy' },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${HC4_ASYNC}/client/HttpAsyncClientBuilder.java @ 4.1.4 (a PoolingNHttpClientConnectionManager)` }],
    idleTimeoutMs: [{ versions: '*', value: null, source: `${HC4_ASYNC}/client/HttpAsyncClientBuilder.java:711 @ 4.1.4 (DefaultConnectionKeepAliveStrategy.INSTANCE); ${HC4_FOREVER}` }],
    maxLifetimeMs: [{ versions: '*', value: null, source: `${HC4_ASYNC}/conn/PoolingNHttpClientConnectionManager.java:175, 185 @ 4.1.4 (time-to-live only as a constructor argument; javap of 4.1.5: connTimeToLive -1)` }],
  },
  hint: 'replaces',
  zeroMeans: {},
};

const HC5_DEFAULT_KEEP_ALIVE = `${HC5}/impl/DefaultConnectionKeepAliveStrategy.java:72-79 @ rel/v5.6.4; ${HC5}/config/RequestConfig.java:49 @ rel/v5.6 (DEFAULT_CONN_KEEP_ALIVE = TimeValue.ofMinutes(3), every release 5.0-5.6.4)`;

export const apacheHttpClient5: JavaClientLibrary = {
  id: 'apache-httpclient-5',
  name: 'Apache HttpClient 5.x',
  failure: '`NoHttpResponseException: <host> failed to respond`, or `SocketException: Connection reset`; POST is never retried',
  packages: ['org.apache.hc.client5'],
  artifacts: ['org.apache.httpcomponents.client5:httpclient5'],
  constructions: [
    { className: 'org.apache.hc.client5.http.impl.classic.HttpClients', method: 'custom', makes: 'builder' },
    { className: 'org.apache.hc.client5.http.impl.classic.HttpClientBuilder', method: 'create', makes: 'builder' },
    { className: 'org.apache.hc.client5.http.impl.async.HttpAsyncClients', method: 'custom', makes: 'builder' },
    { className: 'org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder', method: 'create', makes: 'builder' },
    {
      className: 'org.apache.hc.client5.http.impl.classic.HttpClients',
      method: 'createDefault',
      makes: 'pool',
      builderInstead: { call: 'HttpClients.custom()', keepsBehaviour: true, source: `${HC5}/impl/classic/HttpClients.java @ rel/v5.6.4 (HttpClientBuilder.create().build())` },
    },
    {
      className: 'org.apache.hc.client5.http.impl.classic.HttpClients',
      method: 'createSystem',
      makes: 'pool',
      builderInstead: { call: 'HttpClients.custom().useSystemProperties()', keepsBehaviour: true, source: `${HC5}/impl/classic/HttpClients.java @ rel/v5.6.4` },
    },
    {
      className: 'org.apache.hc.client5.http.impl.async.HttpAsyncClients',
      method: 'createDefault',
      makes: 'pool',
      builderInstead: { call: 'HttpAsyncClients.custom()', keepsBehaviour: true, source: `${HC5}/impl/async/HttpAsyncClients.java @ rel/v5.6.4 (HttpAsyncClientBuilder.create().build())` },
    },
    {
      className: 'org.apache.hc.client5.http.impl.async.HttpAsyncClients',
      method: 'createSystem',
      makes: 'pool',
      builderInstead: { call: 'HttpAsyncClients.custom().useSystemProperties()', keepsBehaviour: true, source: `${HC5}/impl/async/HttpAsyncClients.java @ rel/v5.6.4` },
    },
  ],
  setters: {
    setKeepAliveStrategy: { role: 'keep-alive-strategy', source: `${HC5}/impl/classic/HttpClientBuilder.java @ rel/v5.0 … rel/v5.6.4` },
    setConnectionManager: { role: 'connection-manager', source: `${HC5}/impl/classic/HttpClientBuilder.java @ rel/v5.6.4` },
    setConnectionManagerShared: { role: 'manager-shared', source: `${HC5}/impl/classic/HttpClientBuilder.java @ rel/v5.6.4 (evictor only if !connManagerShared)` },
    setConnectionReuseStrategy: { role: 'reuse-strategy', source: `${HC5}/impl/classic/HttpClientBuilder.java @ rel/v5.6.4` },
    setDefaultRequestConfig: { role: 'request-config', source: HC5_DEFAULT_KEEP_ALIVE },
    evictIdleConnections: { role: 'evict-idle', source: `${HC5}/impl/classic/HttpClientBuilder.java:682 @ rel/v5.0, :778 @ rel/v5.6.4; impl/async/HttpAsyncClientBuilder.java:693 @ rel/v5.0, :864 @ rel/v5.6.4` },
    evictExpiredConnections: { role: 'evict-expired', source: `${HC5}/impl/classic/HttpClientBuilder.java @ rel/v5.0 … rel/v5.6.4` },
  },
  requestMethods: APACHE_REQUESTS,
  strategy: {
    interfaceName: 'org.apache.hc.client5.http.ConnectionKeepAliveStrategy',
    defaultClass: 'org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy',
    returns: 'TimeValue',
    source: 'apache/httpcomponents-core:httpcore5/src/main/java/org/apache/hc/core5/pool/StrictConnPool.java:329-330 @ rel/v5.2.1 (an expired entry is discarded at lease)',
  },
  evictor: [
    { versions: '<5.6', sleep: 'max-idle', expiredOnlySleepMs: 5000, source: `${HC5}/impl/classic/HttpClientBuilder.java:1094-1095 @ rel/v5.5; ${HC5}/impl/IdleConnectionEvictor.java:56 @ rel/v5.0` },
    { versions: '5.6.0', sleep: 'tenth', expiredOnlySleepMs: null, source: `${HC5}/impl/classic/HttpClientBuilder.java:230, 1118-1121 @ rel/v5.6 (maxIdleTime.divide(10): NullPointerException when only evictExpiredConnections())` },
    { versions: '>=5.6.1', sleep: 'tenth', expiredOnlySleepMs: 60000, source: `${HC5}/impl/IdleConnectionEvictor.java:60, 102-109 @ rel/v5.6.1` },
  ],
  options: { setKeepAliveStrategy: 'idleTimeoutMs', setTimeToLive: 'maxLifetimeMs' },
  optionFor: { idleTimeoutMs: 'setKeepAliveStrategy' },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${HC5}/impl/classic/HttpClientBuilder.java @ rel/v5.6.4 (a PoolingHttpClientConnectionManager)` }],
    idleTimeoutMs: [{ versions: '*', value: 180000, source: HC5_DEFAULT_KEEP_ALIVE }],
    maxLifetimeMs: [{ versions: '*', value: null, source: `${HC5}/config/ConnectionConfig.java @ rel/v5.2 (timeToLive unset)` }],
  },
  hint: 'replaces',
  zeroMeans: {},
};

const OKHTTP = 'square/okhttp:okhttp/src/main/java/okhttp3';

export const okhttp: JavaClientLibrary = {
  id: 'okhttp',
  name: 'OkHttp',
  failure: '`IOException: unexpected end of stream on Connection{…}`, or `SocketException: Connection reset` (retried on a new connection unless `retryOnConnectionFailure(false)` or a one-shot body)',
  packages: ['okhttp3'],
  artifacts: ['com.squareup.okhttp3:okhttp'],
  constructions: [
    { className: 'okhttp3.ConnectionPool', method: null, makes: 'pool' },
    { className: 'okhttp3.OkHttpClient', method: null, makes: 'pool' },
    { className: 'okhttp3.OkHttpClient.Builder', method: null, makes: 'builder' },
  ],
  setters: {
    connectionPool: { role: 'pool', source: `${OKHTTP}/OkHttpClient.java:495 @ parent-3.13.1 (the builder's pool, new ConnectionPool() unless given)` },
  },
  requestMethods: ['newCall', 'newWebSocket'],
  options: { keepAliveDuration: 'idleTimeoutMs', maxIdleConnections: 'maxFreeSockets' },
  optionFor: { idleTimeoutMs: 'keepAliveDuration' },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${OKHTTP}/ConnectionPool.java:84 @ parent-3.13.1` }],
    // The cleanup task wakes at the next expiry: the bound is the duration itself.
    idleTimeoutMs: [
      {
        versions: '*',
        value: 300000,
        source: `${OKHTTP}/ConnectionPool.java:84, 191-228 @ parent-3.13.1 (this(5, 5, TimeUnit.MINUTES)); okhttp/src/main/kotlin/okhttp3/ConnectionPool.kt:47 @ parent-4.12.0; okhttp/src/commonJvmAndroid/kotlin/okhttp3/ConnectionPool.kt:80 @ parent-5.3.2`,
      },
    ],
    maxFreeSockets: [{ versions: '*', value: 5, source: `${OKHTTP}/ConnectionPool.java:84 @ parent-3.13.1` }],
  },
  hint: 'ignored',
  zeroMeans: {
    idleTimeoutMs: { effect: 'invalid', source: `${OKHTTP}/ConnectionPool.java:87-94 @ parent-3.13.1 (keepAliveDuration <= 0: IllegalArgumentException)` },
  },
};

const JDK17 = 'openjdk/jdk17u:src/java.net.http/share/classes/jdk/internal/net/http';
const JDK21 = 'openjdk/jdk21u:src/java.net.http/share/classes/jdk/internal/net/http';

/** The system property the JDK client reads once, when its pool class is initialised. */
export const JDK_KEEP_ALIVE_PROPERTY = 'jdk.httpclient.keepalive.timeout';

/**
 * How long the JDK client can keep an idle connection whatever its keep-alive: a pooled connection is leased without
 * an expiry check, expired ones are closed by the selector thread, and a connection returns to the pool after that
 * thread went to sleep for up to 3 s (it is woken before the connection joins the expiry list). A keep-alive below
 * 3 s is kept up to 3 s (the fault lab: 2 s against a 2.5 s server fails, 3 s against 3.5 s does not).
 */
export const JDK_POOL_SWEEP = {
  ms: 3000,
  source: `${JDK17}/HttpClientImpl.java:1037 @ jdk-17.0.21 (DEF_NODEADLINE = 3000); ${JDK17}/ConnectionPool.java:149-161, 181, 202 @ jdk-17.0.21 (getConnection checks no expiry; registerCleanupTrigger wakes the selector before expiryList.add)`,
} as const;

export const jdkHttpClient: JavaClientLibrary = {
  id: 'jdk-httpclient',
  name: 'java.net.http.HttpClient',
  failure: '`IOException: HTTP/1.1 header parser received no bytes` or `EOFException: EOF reached while reading`; only GET and HEAD are retried, once',
  packages: ['java.net.http'],
  artifacts: [],
  constructions: [
    { className: 'java.net.http.HttpClient', method: 'newHttpClient', makes: 'pool' },
    { className: 'java.net.http.HttpClient', method: 'newBuilder', makes: 'builder' },
  ],
  setters: {},
  requestMethods: ['send', 'sendAsync'],
  idleFloor: JDK_POOL_SWEEP,
  options: { [JDK_KEEP_ALIVE_PROPERTY]: 'idleTimeoutMs' },
  optionFor: { idleTimeoutMs: JDK_KEEP_ALIVE_PROPERTY },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${JDK17}/ConnectionPool.java @ jdk-17.0.21` }],
    // The server's Keep-Alive header is ignored: an idle connection returns to the pool with this fixed timeout.
    idleTimeoutMs: [
      { versions: '>=20', value: 30000, source: `${JDK21}/HttpClientImpl.java:115-118 @ jdk-21.0.13 (DEFAULT_KEEP_ALIVE_TIMEOUT = 30); openjdk/jdk PR #11285 (JDK 20)` },
      { versions: '<20', value: 1200000, source: `${JDK17}/ConnectionPool.java:53-54 @ jdk-17.0.21 (getIntegerNetProperty("jdk.httpclient.keepalive.timeout", 1200))` },
    ],
  },
  hint: 'ignored',
  zeroMeans: {},
  releasedWith: 'java',
};

const REACTOR = 'reactor/reactor-netty:reactor-netty-core/src/main/java/reactor/netty/resources';

export const reactorNetty: JavaClientLibrary = {
  id: 'reactor-netty',
  name: 'Reactor Netty',
  failure: '`PrematureCloseException: Connection prematurely closed BEFORE response` (Spring `WebClientRequestException`)',
  packages: ['reactor.netty'],
  artifacts: ['io.projectreactor.netty:reactor-netty-http', 'io.projectreactor.netty:reactor-netty-core', 'io.projectreactor.netty:reactor-netty'],
  constructions: [
    { className: 'reactor.netty.resources.ConnectionProvider', method: 'builder', makes: 'builder' },
    { className: 'reactor.netty.resources.ConnectionProvider', method: 'create', makes: 'pool' },
    { className: 'reactor.netty.resources.ConnectionProvider', method: 'newConnection', makes: 'no-pool' },
    // create() uses the global "http" pool (HttpResources), built with the provider builder's defaults.
    { className: 'reactor.netty.http.client.HttpClient', method: 'create', makes: 'pool' },
    { className: 'reactor.netty.http.client.HttpClient', method: 'newConnection', makes: 'no-pool' },
  ],
  setters: {
    maxIdleTime: { role: 'idle-time', source: `${REACTOR}/PooledConnectionProvider.java:630-632 @ v1.3.6 (evicted when idleTime >= maxIdleTime, checked at acquire)` },
    maxLifeTime: { role: 'life-time', source: `${REACTOR}/ConnectionProvider.java:78-80 @ v1.3.6` },
    evictInBackground: { role: 'evict-in-background', source: `${REACTOR}/ConnectionProvider.java:55-66 @ v1.3.6 (EVICT_IN_BACKGROUND_DISABLED)` },
  },
  requestMethods: ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request'],
  options: { maxIdleTime: 'idleTimeoutMs', maxLifeTime: 'maxLifetimeMs' },
  optionFor: { idleTimeoutMs: 'maxIdleTime' },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${REACTOR}/ConnectionProvider.java:138-143 @ v1.3.6` }],
    // -1 unless -Dreactor.netty.pool.maxIdleTime, which a source scan cannot see.
    idleTimeoutMs: [{ versions: '*', value: null, source: `${REACTOR}/ConnectionProvider.java:68-70 @ v1.0.0, :71-73 @ v1.3.6 (DEFAULT_POOL_MAX_IDLE_TIME = -1)` }],
    maxLifetimeMs: [{ versions: '*', value: null, source: `${REACTOR}/ConnectionProvider.java:78-80 @ v1.3.6 (DEFAULT_POOL_MAX_LIFE_TIME = -1)` }],
  },
  hint: 'ignored',
  zeroMeans: {},
};

const JETTY_CLIENT = 'jetty/jetty.project:jetty-client/src/main/java/org/eclipse/jetty/client/HttpClient.java';

export const jettyClient: JavaClientLibrary = {
  id: 'jetty-client',
  name: 'Jetty HttpClient',
  failure: '`EOFException: HttpConnectionOverHTTP@…`',
  packages: ['org.eclipse.jetty.client'],
  artifacts: ['org.eclipse.jetty:jetty-client'],
  constructions: [{ className: 'org.eclipse.jetty.client.HttpClient', method: null, makes: 'pool' }],
  setters: {
    setIdleTimeout: { role: 'idle-time', source: `${JETTY_CLIENT}:766-781 @ jetty-9.4.56.v20240826 (ms, endpoint idle timeout)` },
  },
  requestMethods: ['newRequest', 'GET', 'POST'],
  options: { setIdleTimeout: 'idleTimeoutMs' },
  optionFor: { idleTimeoutMs: 'setIdleTimeout' },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${JETTY_CLIENT} @ jetty-12.0.14` }],
    idleTimeoutMs: [
      { versions: '>=10', value: 30000, source: 'jetty/jetty.project:jetty-io/src/main/java/org/eclipse/jetty/io/ClientConnector.java:103 @ jetty-10.0.24 (Duration.ofSeconds(30)); jetty-core/jetty-io/.../ClientConnector.java:104 @ jetty-12.0.14' },
      { versions: '<10', value: null, source: `${JETTY_CLIENT}:148 @ jetty-9.4.56.v20240826 (idleTimeout unset: 0, no idle timeout)` },
    ],
  },
  hint: 'ignored',
  zeroMeans: {
    idleTimeoutMs: { effect: 'unlimited', source: `${JETTY_CLIENT}:766-781 @ jetty-9.4.56.v20240826 (0: no idle timeout)` },
  },
};

export const javaClientLibraries: readonly JavaClientLibrary[] = [apacheHttpClient4, apacheHttpAsyncClient4, apacheHttpClient5, okhttp, jdkHttpClient, reactorNetty, jettyClient];

const HC4_POOL = `${HC4}/impl/conn/PoolingHttpClientConnectionManager.java`;
const HC5_POOL = `${HC5}/impl/io/PoolingHttpClientConnectionManager.java`;

/** Apache connection managers: what `setConnectionManager(cm)` is given, and what sweepers call on it. */
export const javaConnectionManagers: readonly JavaConnectionManager[] = [
  {
    library: apacheHttpClient4.id,
    constructions: [{ className: 'org.apache.http.impl.conn.PoolingHttpClientConnectionManager', method: null, makes: 'pool' }],
    timeToLiveConstructor: true,
    closeIdle: 'closeIdleConnections',
    closeExpired: 'closeExpiredConnections',
    staleCheck: {
      method: 'setValidateAfterInactivity',
      defaults: [
        { versions: '>=4.5', ms: 2000, source: `${HC4_POOL}:176 @ rel/v4.5, :183 @ rel/v4.5.14 (setValidateAfterInactivity(2000))` },
        { versions: '<4.5', ms: 5000, source: `${HC4_POOL}:176 @ rel/v4.4 (setValidateAfterInactivity(5000))` },
      ],
    },
    setters: {},
  },
  {
    library: apacheHttpAsyncClient4.id,
    constructions: [{ className: 'org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager', method: null, makes: 'pool' }],
    timeToLiveConstructor: true,
    closeIdle: 'closeIdleConnections',
    closeExpired: 'closeExpiredConnections',
    setters: {},
  },
  {
    library: apacheHttpClient5.id,
    constructions: [
      { className: 'org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager', method: null, makes: 'pool' },
      { className: 'org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder', method: 'create', makes: 'builder' },
      { className: 'org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager', method: null, makes: 'pool' },
      { className: 'org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder', method: 'create', makes: 'builder' },
    ],
    timeToLiveConstructor: false,
    closeIdle: 'closeIdle',
    closeExpired: 'closeExpired',
    staleCheck: {
      method: 'setValidateAfterInactivity',
      defaults: [
        { versions: '>=5.1', ms: 2000, source: `${HC5_POOL}:206 @ rel/v5.1, :348-349 @ rel/v5.6 (2 s)` },
        { versions: '<5.1', ms: null, source: `${HC5_POOL} @ rel/v5.0 (unset: no stale check)` },
      ],
    },
    setters: {
      // 5.0-5.1 on the manager builder, deprecated from 5.2 (still present in 5.6).
      setConnectionTimeToLive: { sets: 'time-to-live', source: `${HC5}/impl/io/PoolingHttpClientConnectionManagerBuilder.java:174 @ rel/v5.0, :231-234 @ rel/v5.2 (deprecated)` },
      setDefaultConnectionConfig: { sets: 'connection-config', since: '>=5.2', source: `${HC5}/config/ConnectionConfig.java:40 @ rel/v5.2` },
      setTimeToLive: { sets: 'time-to-live', since: '>=5.2', source: `${HC5}/config/ConnectionConfig.java:193-220 @ rel/v5.2` },
      // Checked at lease: an idle connection past it is discarded, never reused.
      setIdleTimeout: { sets: 'idle-time', since: '>=5.6', source: `${HC5}/config/ConnectionConfig.java:222-233 @ rel/v5.6; ${HC5_POOL}:403-409 @ rel/v5.6` },
      setValidateAfterInactivity: { sets: 'stale-check', source: `${HC5}/config/ConnectionConfig.java:193-220 @ rel/v5.2` },
    },
  },
];
