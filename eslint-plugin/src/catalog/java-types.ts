import type { ClientLibrary, ServerProduct } from './types';

/**
 * How Java code builds the pools and servers of the catalogue, as data the Java site finder reads: classes by their
 * fully qualified names (nested classes joined with `.`, as Java code writes them), the calls that make a pool or
 * a builder, and what each builder method sets.
 */

/** One way of making a pool, a builder or a server: `new C(…)`, or the static call `C.method(…)`. */
export interface JavaConstruction {
  readonly className: string;
  /** `null` for a constructor. */
  readonly method: string | null;
  /**
   * `builder`: calls on the result configure it, up to `build()`; `pool`: a finished pool (its constructor arguments
   * and the setters called on it configure it); `no-pool`: a client that keeps no idle connection.
   */
  readonly makes: 'builder' | 'pool' | 'no-pool';
  /**
   * A factory whose client cannot take the keep-alive strategy a suggestion writes: the builder call that can, and
   * whether switching to it keeps everything else the factory sets (`createDefault()` is `custom().build()`).
   */
  readonly builderInstead?: { readonly call: string; readonly keepsBehaviour: boolean; readonly source: string };
}

/** What a builder method (or a setter on a finished pool) does to the pool's idle connections. */
export type JavaSetterRole =
  /** A keep-alive strategy: how long a released connection may be reused (Apache HttpClient). */
  | 'keep-alive-strategy'
  /** Starts an evictor thread closing connections idle longer than the argument. */
  | 'evict-idle'
  /** Starts an evictor thread closing expired connections only. */
  | 'evict-expired'
  /** A connection's whole life from its creation; applied only to a connection manager the builder creates. */
  | 'time-to-live'
  /** A pool size applied only to a connection manager the builder creates. */
  | 'manager-limit'
  /** Gives the builder a connection manager: the options above are then ignored. */
  | 'connection-manager'
  /** `setConnectionManagerShared(true)`: the builder starts no evictor for it. */
  | 'manager-shared'
  /** `setConnectionReuseStrategy(…)`: `NoConnectionReuseStrategy` keeps no connection. */
  | 'reuse-strategy'
  /** `setDefaultRequestConfig(…)`: 5.x reads the fallback keep-alive of its default strategy from it. */
  | 'request-config'
  /** Gives the builder its pool (OkHttp `connectionPool(…)`, Reactor Netty `HttpClient.create(provider)`). */
  | 'pool'
  /** The pool's idle timeout, checked when a connection is acquired (Reactor Netty `maxIdleTime`, Jetty `setIdleTimeout`). */
  | 'idle-time'
  /** A connection's whole life (Reactor Netty `maxLifeTime`). */
  | 'life-time'
  /** A background eviction period (Reactor Netty `evictInBackground`). */
  | 'evict-in-background';

export interface JavaSetter {
  readonly role: JavaSetterRole;
  /** Library versions that have the method, when not every one does. */
  readonly since?: string;
  readonly source: string;
}

/** How the builder's evictor thread sleeps, per library version: the idle bound is its idle time plus that sleep. */
export interface EvictorTiming {
  readonly versions: string;
  /** `max-idle`: sleeps as long as the idle time (bound ≈ 2 × idle); `tenth`: max(idle / 10, 1 s). */
  readonly sleep: 'max-idle' | 'tenth';
  /** How long it sleeps with only `evictExpiredConnections()`; `null`: that builder throws (5.6.0). */
  readonly expiredOnlySleepMs: number | null;
  readonly source: string;
}

/** A Java HTTP client library: its packages, how code builds its pools, and what each builder method sets. */
export interface JavaClientLibrary extends ClientLibrary {
  /** Package prefixes: a file naming none of them builds no pool of this library. */
  readonly packages: readonly string[];
  /** Maven `groupId:artifactId` whose version in the build file is this library's version. */
  readonly artifacts: readonly string[];
  readonly constructions: readonly JavaConstruction[];
  /** Builder methods, and setters on a finished pool, by method name. */
  readonly setters: Readonly<Record<string, JavaSetter>>;
  /** Methods of the client that send a request: a pool built in a method and used only by them is built per call. */
  readonly requestMethods: readonly string[];
  /** The keep-alive strategy interface and the default strategy class, for libraries that take one. */
  readonly strategy?: {
    readonly interfaceName: string;
    readonly defaultClass: string;
    /** What a strategy returns: milliseconds (4.x `long`) or a `TimeValue` (5.x). */
    readonly returns: 'milliseconds' | 'TimeValue';
    readonly source: string;
  };
  readonly evictor?: readonly EvictorTiming[];
}

/** A connection manager (Apache HttpClient): what the client builders are given, and what sweeper threads call. */
export interface JavaConnectionManager {
  readonly library: string;
  readonly constructions: readonly JavaConstruction[];
  /** Constructor arguments ending in `(long timeToLive, TimeUnit unit)` set a time-to-live. */
  readonly timeToLiveConstructor: boolean;
  /** Methods a sweeper calls: close connections idle longer than the argument, or only the expired ones. */
  readonly closeIdle: string;
  readonly closeExpired: string;
  /** A stale check at lease (`setValidateAfterInactivity`), with its default per version. */
  readonly staleCheck?: { readonly method: string; readonly defaults: readonly { readonly versions: string; readonly ms: number | null; readonly source: string }[] };
  /** Builder methods of a manager builder (5.x) and setters of a `ConnectionConfig` given to it, by method name. */
  readonly setters: Readonly<Record<string, JavaManagerSetter>>;
}

/** A manager builder method (5.x), or a `ConnectionConfig` builder method whose config is given to a manager. */
export interface JavaManagerSetter {
  readonly sets: 'time-to-live' | 'idle-time' | 'stale-check' | 'connection-config';
  readonly since?: string;
  readonly source: string;
}

/** How Java code builds a server whose idle timeout the balancer rule checks. */
export interface JavaServerProduct extends ServerProduct {
  readonly packages: readonly string[];
  readonly constructions: readonly JavaConstruction[];
  /** Calls that set the idle timeout, with the unit of their argument. */
  readonly idleSetters: readonly JavaServerSetter[];
}

export interface JavaServerSetter {
  readonly method: string;
  /**
   * The first argument names the option (`setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, n)`,
   * `setProperty("keepAliveTimeout", "n")`); absent when the method itself is the option.
   */
  readonly option?: string;
  /** `ms`, `s`, or `unit-setter`: seconds unless a sibling call (Vert.x `setIdleTimeoutUnit`) names a `TimeUnit`. */
  readonly unit: 'ms' | 's' | 'unit-setter';
  /** `idle`: the keep-alive idle timer; `fallback`: used when no `idle` setter is written (Tomcat `connectionTimeout`); `also-idle`: another timer that closes idle connections too, the lower wins (Undertow `IDLE_TIMEOUT`). */
  readonly role: 'idle' | 'fallback' | 'also-idle';
  /** The value is written as a string (`setProperty("keepAliveTimeout", "65000")`). */
  readonly asString?: boolean;
  readonly source: string;
}
