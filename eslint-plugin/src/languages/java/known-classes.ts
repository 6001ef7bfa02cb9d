import { javaClientLibraries, javaConnectionManagers } from '../../catalog/java-clients';
import { javaServerProducts } from '../../catalog/java-servers';

/** The time and option classes values are written with, by fully qualified name. */
export const TIME_UNIT = 'java.util.concurrent.TimeUnit';
export const DURATION = 'java.time.Duration';
export const CHRONO_UNIT = 'java.time.temporal.ChronoUnit';
export const TIME_VALUE = 'org.apache.hc.core5.util.TimeValue';
export const TIMEOUT = 'org.apache.hc.core5.util.Timeout';
export const CONNECTION_CONFIG = 'org.apache.hc.client5.http.config.ConnectionConfig';
export const REQUEST_CONFIG = 'org.apache.hc.client5.http.config.RequestConfig';
export const UNDERTOW_OPTIONS = 'io.undertow.UndertowOptions';
export const REACTOR_CONNECTION_PROVIDER = 'reactor.netty.resources.ConnectionProvider';
export const OKHTTP_CONNECTION_POOL = 'okhttp3.ConnectionPool';

const HELPERS = [
  TIME_UNIT,
  DURATION,
  CHRONO_UNIT,
  TIME_VALUE,
  TIMEOUT,
  CONNECTION_CONFIG,
  REQUEST_CONFIG,
  UNDERTOW_OPTIONS,
  'java.util.concurrent.Executors',
  'org.apache.http.impl.NoConnectionReuseStrategy',
  'org.apache.hc.core5.http.impl.io.NoConnectionReuseStrategy',
  'org.apache.http.impl.client.IdleConnectionEvictor',
  'org.apache.hc.client5.http.impl.IdleConnectionEvictor',
];

/** Every class the Java finder resolves through the file's imports. */
export const KNOWN_CLASSES: ReadonlySet<string> = new Set([
  ...HELPERS,
  ...[...javaClientLibraries, ...javaConnectionManagers, ...javaServerProducts].flatMap((entry) => entry.constructions.map((construction) => construction.className)),
  ...javaClientLibraries.flatMap((library) => (library.strategy ? [library.strategy.interfaceName, library.strategy.defaultClass] : [])),
]);

/** Every package a site can come from: a file that names none of them (imports included) builds no site. */
export const TRACKED_PACKAGES: readonly string[] = [
  ...new Set([...javaClientLibraries, ...javaServerProducts].flatMap((entry) => entry.packages)),
];
