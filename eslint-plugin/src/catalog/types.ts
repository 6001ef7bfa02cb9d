/**
 * Shapes of the catalogue. The catalogue is data only: every number carries the source it was read from
 * (an official documentation URL, or `owner/repo:path` of the project's own source) and the versions it
 * holds for.
 */

/** Where a server sits on the path: an origin, an HTTP proxy, an HTTP load balancer, or an L4 device. */
export type ServerKind = 'server' | 'proxy' | 'load-balancer' | 'l4';

/** One idle-timeout value and the product versions it holds for. */
export interface IdleTimeoutValue {
  /** A semver range of the product's versions (`'*'` when it never changed). */
  readonly versions: string;
  /** Idle keep-alive timeout in ms; `null` when the product never closes idle connections by default. */
  readonly ms: number | null;
  /** Official documentation URL, or `owner/repo:path` (with a line or symbol) of the product's source. */
  readonly source: string;
}

export interface ServerEntry {
  /** Lowercase kebab-case id used in `settings.keepalive.servers` / `frontedBy`. */
  readonly id: string;
  /** Human name, e.g. `nginx`, `AWS Application Load Balancer`. */
  readonly name: string;
  readonly kind: ServerKind;
  /** The setting that controls the idle timeout, in the product's own words. */
  readonly setting: string;
  /** Values per version range, newest first. A version that matches none uses the first. */
  readonly idleTimeout: readonly IdleTimeoutValue[];
  /**
   * Whether responses carry `Keep-Alive: timeout=N` by default: always, only when the request itself
   * sent `Connection: keep-alive`, or never.
   */
  readonly advertisesTimeout: 'always' | 'when-requested' | 'never' | 'unknown';
  /** How the idle connection ends: a FIN, or a silent drop of the flow (the next packet meets an RST or a black hole). */
  readonly closes: 'fin' | 'silent-drop' | 'rst';
  /** One line a user needs beyond the number (what the number means, a common override). */
  readonly note?: string;
}

/** The concepts client options map to. The rules speak only of concepts, never of option names. */
export type ClientConcept =
  | 'keepAlive'
  | 'idleTimeoutMs'
  | 'keepAliveCapMs'
  | 'maxLifetimeMs'
  | 'tcpKeepAliveMs'
  | 'maxSockets'
  | 'maxTotalSockets'
  | 'maxFreeSockets'
  /** agentkeepalive's `timeout`: the inactivity timeout of every socket, which also closes free ones when `freeSocketTimeout` is 0. */
  | 'socketTimeoutMs';

/** How a client treats a server's `Keep-Alive: timeout=N` hint. */
export type HintBehaviour =
  /** Node's Agent: a hint only lowers an explicit `timeout`; without `timeout` it is ignored. */
  | 'lowers-explicit-timeout'
  /** undici: the hint replaces the idle timeout, raising it up to `keepAliveCapMs`. */
  | 'replaces-up-to-cap'
  /** agentkeepalive: its own `freeSocketTimeout` overwrites the hint. */
  | 'ignored'
  /**
   * Apache HttpClient's default keep-alive strategy: the hint replaces the idle time with no cap, and without one the
   * library's default applies (forever in 4.x, 3 min in 5.x). A strategy the code gives decides instead.
   */
  | 'replaces';

/** What a way of building a pool implies, in any language. */
export interface ConstructionTraits {
  /** Always exactly one connection (undici `Client`): a pool-size option does not apply. */
  readonly singleConnection?: boolean;
  /** The constructor stores its options; they are checked only when the first connection is made (at the first request). */
  readonly validatesAtFirstRequest?: boolean;
}

/** One constructor of a JavaScript client pool. */
export interface PoolConstructor extends ConstructionTraits {
  /** Property path inside the module; `[]` when the module export itself is the class. Messages name it `module.path`. */
  readonly path: readonly string[];
  /** The class name messages use when `path` is empty (the module export is the class). */
  readonly className?: string;
  /** Which argument holds the options object. */
  readonly optionsIndex: number;
}

/** A value a client falls back to, per library version. */
export interface ClientDefault {
  readonly versions: string;
  /** `null`: no limit / never (e.g. Node's Agent without `timeout` never closes an idle socket). */
  readonly value: number | boolean | null;
  readonly source: string;
}

/** A client pool library, in any language: what its options mean and what it does without them. */
export interface ClientLibrary {
  /** Stable id, e.g. `node-agent`, `undici`, `agentkeepalive`. */
  readonly id: string;
  readonly name: string;
  /** How a request on a connection the other end closed fails with this library, as users see it in their logs. */
  readonly failure: string;
  /** Option name as written (a dotted path for nested options, e.g. `connect.keepAliveInitialDelay`) → concept. */
  readonly options: Readonly<Partial<Record<string, ClientConcept>>>;
  /** The option a suggestion writes for each concept. */
  readonly optionFor: Readonly<Partial<Record<ClientConcept, string>>>;
  /** Defaults per concept; a concept missing here is not part of this library. */
  readonly defaults: Readonly<Partial<Record<ClientConcept, readonly ClientDefault[]>>>;
  readonly hint: HintBehaviour;
  /**
   * What `0` really does for a concept, where it is not what it reads as: `unlimited` (no timer, no cap),
   * `default` (silently replaced by the default), `invalid` (throws, possibly only at the first request).
   */
  readonly zeroMeans: Readonly<Partial<Record<ClientConcept, ZeroMeaning>>>;
  /** Option names that read as valid but are rejected by the library or are legacy aliases, by name. */
  readonly misleadingOptions?: Readonly<Record<string, MisleadingOption>>;
  /**
   * The library ships with a runtime (`java.net.http` with the JDK): the `versions` of its defaults are the runtime's
   * releases, and the one that applies follows `settings.keepalive.java` (or `.go`), else the lowest of them.
   */
  readonly releasedWith?: 'java' | 'go';
  /**
   * Which protocol a constructor's pool serves, by its label (`https.Agent` → `https`), for APIs that take
   * pools keyed by protocol (got's `agent: { http, https }`). A label missing here is not an `http.Agent`.
   */
  readonly protocols?: Readonly<Record<string, 'http' | 'https'>>;
  /**
   * What the library itself retries after a request met a connection the server had closed, where it does, in one
   * sentence for hovers: how much of the failure it hides and what it never hides.
   */
  readonly retry?: string;
  /**
   * Where code builds a pool once and shares it, in the language's own terms, for the per-request pool message
   * (`a package-level variable or a field of a long-lived struct`). Absent: JavaScript's module scope.
   */
  readonly buildOnceAt?: string;
  /**
   * The shortest idle time the library can keep, whatever it is told (java.net.http closes expired connections only
   * when its selector wakes, up to 3 s late). A cap below it is out of this client's reach.
   */
  readonly idleFloor?: { readonly ms: number; readonly source: string };
}

/** A JavaScript client pool library: the modules that load it and the constructors they export. */
export interface JsClientLibrary extends ClientLibrary {
  /** Module specifiers that load it (`http`, `node:http`, `undici`, …). */
  readonly modules: readonly string[];
  readonly constructors: readonly PoolConstructor[];
}

/** An option name that does not do what it reads as. */
export interface MisleadingOption {
  /**
   * `rejected`: the library throws for it (undici: when it creates a connection client, so an Agent or Pool
   * only fails at its first request); `legacy`: an old name still mapped onto `replacement`, with a warning.
   */
  readonly meaning: 'rejected' | 'legacy';
  /** The option that does what was meant, when exactly one does. */
  readonly replacement?: string;
  /** What to do instead, as a clause (`use headersTimeout and bodyTimeout`), when no single option replaces it. */
  readonly instead?: string;
  /** The library ignores the option when its value is falsy (`0`, `''`): the default applies instead. */
  readonly ignoredWhenFalsy?: boolean;
  readonly source: string;
}

export interface ZeroMeaning {
  /** `fallback`: another concept takes over (agentkeepalive `freeSocketTimeout: 0` → its `timeout`). */
  readonly effect: 'unlimited' | 'default' | 'invalid' | 'fallback';
  /** With `fallback`: the concept whose value then applies. */
  readonly fallback?: ClientConcept;
  readonly source: string;
}

/** One function that sends requests (or builds a client that does) and takes a pool in its options. */
export interface RequestApi {
  /** Property path inside the module or global; `[]` when the export itself is called (`axios(…)`, `fetch(…)`). */
  readonly path: readonly string[];
  /** Arguments that may hold the options object: `[0, 1]` for both `axios(config)` and `axios(url, config)`. */
  readonly optionsIndexes: readonly number[];
  /** `request` sends one request; `instance` builds a client reused for many (`axios.create`, `got.extend`). */
  readonly kind: 'request' | 'instance';
}

/** A library (or global) that sends HTTP requests through a pool given in its options. */
export interface Requester {
  readonly id: string;
  readonly name: string;
  /** Module specifiers that load it. */
  readonly modules: readonly string[];
  /** Globals that are this API without an import (`fetch`). */
  readonly globals: readonly string[];
  readonly calls: readonly RequestApi[];
  /** Options whose value is the pool requests go through (a dotted path for nested options: `agent.https`). */
  readonly poolOptions: readonly string[];
  /** An option that must be a plain object keyed by protocol (got's `agent: { http, https, http2 }`). */
  readonly protocolKeyedOption?: { readonly option: string; readonly source: string };
  readonly source: string;
}

/** The concepts a Node.js server's settings map to. */
export type ServerConcept = 'keepAliveTimeoutMs' | 'headersTimeoutMs' | 'requestTimeoutMs';

/** A server default and the versions it holds for: Node.js versions, or the framework's own versions. */
export interface ServerDefaults {
  readonly of: 'node' | 'framework';
  /** Newest first; `ms: null` means no limit. */
  readonly values: readonly IdleTimeoutValue[];
}

/** How code reaches the Node.js `http.Server` a framework runs on. */
export type ServerHandle =
  /** The construction returns the server itself (`http.createServer()`). */
  | { readonly kind: 'self' }
  /** A method of the app creates and returns it (`app.listen()` in Express and Koa). */
  | { readonly kind: 'method-result'; readonly method: string }
  /** A property of the app holds it (`fastify().server`, hapi's `server.listener`). */
  | { readonly kind: 'property'; readonly property: string };

/** One way a framework's app or server is built. */
export interface ServerConstructor {
  /** Property path inside the module; `[]` when the export itself is called or constructed. */
  readonly path: readonly string[];
  readonly call: boolean;
  readonly construct: boolean;
  /** Which argument holds the options object; `null` when the construction takes none that matter here. */
  readonly optionsIndex: number | null;
  /** The options argument is optional and a lone function in its place is the request listener (`http.createServer(app)`). */
  readonly listenerMayReplaceOptions?: boolean;
}

/** One option of a construction that sets a server concept. */
export interface ServerOption {
  readonly concept: ServerConcept;
  /** Node.js versions that honour it; on others the option is ignored. Absent: every version. */
  readonly nodeVersions?: string;
  readonly source: string;
}

/** An HTTP server product, in any language: its defaults and what `0` means for each setting. */
export interface ServerProduct {
  /** Stable id: `node-http`, `express`, `koa`, `fastify`, `hapi`. */
  readonly id: string;
  readonly name: string;
  /** The setting users know for the server's idle (keep-alive) timeout: `keepAliveTimeout`, `IdleTimeout`. */
  readonly idleSetting: string;
  /** The option a suggestion writes, for products whose own option is the way to set a concept. */
  readonly optionFor: Readonly<Partial<Record<ServerConcept, string>>>;
  readonly defaults: Readonly<Record<ServerConcept, ServerDefaults>>;
  readonly zeroMeans: Readonly<Partial<Record<ServerConcept, ZeroMeaning>>>;
  /** Where the construction's source says how the server is made, for docs and hovers. */
  readonly source: string;
  /**
   * What runs the server, for the facts that depend on its version: Node.js (when absent) or Go's net/http, whose
   * versions `settings.keepalive.go` or the nearest go.mod give. Node.js's own timer rules (its headers timer
   * counting idle time) apply only to Node.js servers.
   */
  readonly runsOn?: 'node' | 'go';
  /** A server whose idle timeout, when unset or zero, is another of its timeouts (Go: `IdleTimeout`, else `ReadTimeout`). */
  readonly idleFallback?: IdleFallback;
}

/**
 * How a server's idle timeout is found when its idle setting may fall back to other timeouts, per version range of
 * what runs it. The rows do not overlap; within a row the first setting whose value is not zero decides.
 */
export interface IdleFallback {
  readonly rows: readonly IdleFallbackRow[];
  /** The versions assumed when none are known (no setting, no go.mod). */
  readonly assumedVersions: string;
}

export interface IdleFallbackRow {
  readonly versions: string;
  /** Tried in order. `positiveOnly`: a negative value is skipped as if zero (Go ≤ 1.19 reads `ReadHeaderTimeout` only when > 0). */
  readonly chain: readonly { readonly concept: ServerConcept; readonly setting: string; readonly positiveOnly?: boolean }[];
  /** A negative deciding value: `closes-after-response` (keep-alive is effectively off) or `no-timeout`. */
  readonly negative: 'closes-after-response' | 'no-timeout';
  readonly source: string;
}

/** A Node.js server framework: the modules that load it and how code reaches the server it builds. */
export interface ServerFramework extends ServerProduct {
  readonly modules: readonly string[];
  readonly constructors: readonly ServerConstructor[];
  readonly handle: ServerHandle;
  /** Option name (a dotted path for nested options: `http.headersTimeout`) → what it sets. */
  readonly options: Readonly<Record<string, ServerOption>>;
  /** Options that hand the server to the user's own code (`serverFactory`): when present, nothing is known. */
  readonly replacedBy: readonly string[];
}
