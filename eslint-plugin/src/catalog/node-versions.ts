/** Facts about Node.js versions the advice depends on, each with where it was established. */

/**
 * The Node.js versions assumed when neither `settings.keepalive.node` nor `engines.node` says: 18 and later, the
 * lines maintained in recent years. It spans the 5 s and 65 s keepAliveTimeout defaults, so the lower applies.
 */
export const ASSUMED_NODE = '>=18';

/**
 * Node.js versions on which a `headersTimeout` at or below `keepAliveTimeout` closes reused connections
 * (nodejs/node#27363): the headers timer started when the previous request ended, so idle time counted. Seen
 * failing on loopback with v10.15.2, v10.24.1, v12.18.4 and v13.12.0; fixed in v12.19.0 and v13.13.0 (PR
 * #32329), and passing on v14.0.0, v16.20.2, v18.0.0 and v20.20.2, where the timer starts at a request's first byte.
 */
export const HEADERS_RACE_NODE = '<12.19.0 || >=13.0.0 <13.13.0';

/**
 * Node turns a TCP keepalive delay into whole seconds (`~~(ms / 1000)` in `net.Socket#setKeepAlive`): anything below
 * this becomes 0, "leave the system default".
 */
export const TCP_KEEPALIVE_RESOLUTION_MS = 1000;
