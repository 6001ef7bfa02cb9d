import type { JavaServerProduct } from './java-types';
import { servers } from './servers';
import type { IdleTimeoutValue, ServerDefaults } from './types';

/**
 * Java HTTP servers as code builds them: Undertow's builder, Vert.x `HttpServerOptions`, a Jetty `ServerConnector`
 * and embedded Tomcat. Their idle timeouts come from `servers.ts` (one number, one place); the setters were read in
 * each project's source at the tag named.
 */

function idleTimeoutsOf(id: string): ServerDefaults {
  const entry = servers.find((server) => server.id === id);
  if (!entry) throw new Error(`java-servers: servers.ts has no entry '${id}'`);
  return { of: 'framework', values: entry.idleTimeout };
}

/** Node's headers and request timers have no counterpart on these servers: no limit to compare or write. */
function none(product: string): ServerDefaults {
  const values: readonly IdleTimeoutValue[] = [{ versions: '*', ms: null, source: `not a setting of ${product}` }];
  return { of: 'framework', values };
}

const UNDERTOW = 'undertow-io/undertow:core/src/main/java/io/undertow';

export const undertowServer: JavaServerProduct = {
  id: 'undertow',
  name: 'Undertow',
  idleSetting: 'UndertowOptions.NO_REQUEST_TIMEOUT',
  packages: ['io.undertow'],
  constructions: [{ className: 'io.undertow.Undertow', method: 'builder', makes: 'builder' }],
  idleSetters: [
    {
      method: 'setServerOption',
      option: 'UndertowOptions.NO_REQUEST_TIMEOUT',
      unit: 'ms',
      role: 'idle',
      source: `${UNDERTOW}/UndertowOptions.java:87-90, Undertow.java:148 @ 2.3.25.Final (the keep-alive idle timer; the builder sets 60 s)`,
    },
    {
      method: 'setServerOption',
      option: 'UndertowOptions.IDLE_TIMEOUT',
      unit: 'ms',
      role: 'also-idle',
      source: `${UNDERTOW}/UndertowOptions.java:71-78, server/protocol/http/HttpOpenListener.java:111-117 @ 2.3.25.Final (no default; closes any channel idle that long)`,
    },
  ],
  optionFor: {},
  defaults: { keepAliveTimeoutMs: idleTimeoutsOf('undertow'), headersTimeoutMs: none('Undertow'), requestTimeoutMs: none('Undertow') },
  zeroMeans: {},
  source: `${UNDERTOW}/Undertow.java:148 @ 2.3.25.Final`,
};

const VERTX = 'eclipse-vertx/vert.x:vertx-core/src/main/java/io/vertx/core/net/TCPSSLOptions.java';

export const vertxServer: JavaServerProduct = {
  id: 'vertx',
  name: 'Vert.x HttpServer',
  idleSetting: 'HttpServerOptions.setIdleTimeout',
  packages: ['io.vertx'],
  constructions: [{ className: 'io.vertx.core.http.HttpServerOptions', method: null, makes: 'pool' }],
  idleSetters: [{ method: 'setIdleTimeout', unit: 'unit-setter', role: 'idle', source: `${VERTX}:56 (DEFAULT_IDLE_TIMEOUT = 0; seconds unless setIdleTimeoutUnit)` }],
  optionFor: {},
  defaults: { keepAliveTimeoutMs: idleTimeoutsOf('vertx'), headersTimeoutMs: none('Vert.x'), requestTimeoutMs: none('Vert.x') },
  zeroMeans: { keepAliveTimeoutMs: { effect: 'unlimited', source: `${VERTX}:56 (0: "don't timeout")` } },
  source: VERTX,
};

const JETTY_SERVER = 'jetty/jetty.project:jetty-server/src/main/java/org/eclipse/jetty/server/AbstractConnector.java';

export const jettyServer: JavaServerProduct = {
  id: 'jetty',
  name: 'Jetty ServerConnector',
  idleSetting: 'ServerConnector.setIdleTimeout',
  packages: ['org.eclipse.jetty.server'],
  constructions: [{ className: 'org.eclipse.jetty.server.ServerConnector', method: null, makes: 'pool' }],
  idleSetters: [{ method: 'setIdleTimeout', unit: 'ms', role: 'idle', source: `${JETTY_SERVER}:154 @ jetty-9.4.56 / 10.0.24 / 11.0.24 (_idleTimeout = 30000)` }],
  optionFor: {},
  defaults: { keepAliveTimeoutMs: idleTimeoutsOf('jetty'), headersTimeoutMs: none('Jetty'), requestTimeoutMs: none('Jetty') },
  zeroMeans: {},
  source: JETTY_SERVER,
};

const TOMCAT = 'apache/tomcat:java/org/apache';

export const embeddedTomcat: JavaServerProduct = {
  id: 'tomcat-embedded',
  name: 'embedded Tomcat',
  idleSetting: 'keepAliveTimeout',
  packages: ['org.apache.catalina'],
  constructions: [{ className: 'org.apache.catalina.startup.Tomcat', method: null, makes: 'pool' }],
  idleSetters: [
    { method: 'setProperty', option: '"keepAliveTimeout"', unit: 'ms', role: 'idle', asString: true, source: `${TOMCAT}/tomcat/util/net/AbstractEndpoint.java:1325-1334 @ 11.0.25` },
    { method: 'setKeepAliveTimeout', unit: 'ms', role: 'idle', source: `${TOMCAT}/coyote/AbstractProtocol.java @ 11.0.25` },
    { method: 'setProperty', option: '"connectionTimeout"', unit: 'ms', role: 'fallback', asString: true, source: `${TOMCAT}/tomcat/util/net/AbstractEndpoint.java:1325-1334 @ 11.0.25 (keepAliveTimeout unset: connectionTimeout)` },
    { method: 'setConnectionTimeout', unit: 'ms', role: 'fallback', source: `${TOMCAT}/coyote/AbstractProtocol.java @ 11.0.25` },
  ],
  optionFor: {},
  // Without server.xml the code default applies (60 s), the value spring-boot-tomcat names.
  defaults: { keepAliveTimeoutMs: idleTimeoutsOf('spring-boot-tomcat'), headersTimeoutMs: none('Tomcat'), requestTimeoutMs: none('Tomcat') },
  zeroMeans: {},
  source: `${TOMCAT}/coyote/http11/Constants.java:29 @ 11.0.25 (DEFAULT_CONNECTION_TIMEOUT = 60000)`,
};

export const javaServerProducts: readonly JavaServerProduct[] = [undertowServer, vertxServer, jettyServer, embeddedTomcat];
