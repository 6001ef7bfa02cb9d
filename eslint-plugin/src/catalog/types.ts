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
  | 'maxFreeSockets';

/** How a client treats a server's `Keep-Alive: timeout=N` hint. */
export type HintBehaviour =
  /** Node's Agent: a hint only lowers an explicit `timeout`; without `timeout` it is ignored. */
  | 'lowers-explicit-timeout'
  /** undici: the hint replaces the idle timeout, raising it up to `keepAliveCapMs`. */
  | 'replaces-up-to-cap'
  /** agentkeepalive: its own `freeSocketTimeout` overwrites the hint. */
  | 'ignored';

/** One constructor of a client pool. */
export interface PoolConstructor {
  /** Property path inside the module; `[]` when the module export itself is the class. Messages name it `module.path`. */
  readonly path: readonly string[];
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

export interface ClientLibrary {
  /** Stable id, e.g. `node-agent`, `undici`, `agentkeepalive`. */
  readonly id: string;
  readonly name: string;
  /** Module specifiers that load it (`http`, `node:http`, `undici`, …). */
  readonly modules: readonly string[];
  readonly constructors: readonly PoolConstructor[];
  /** Option name (a dotted path for nested options, e.g. `connect.keepAliveInitialDelay`) → concept. */
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
}

export interface ZeroMeaning {
  readonly effect: 'unlimited' | 'default' | 'invalid';
  readonly source: string;
}
