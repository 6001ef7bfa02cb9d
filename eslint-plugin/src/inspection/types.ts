/**
 * What `inspect` returns: plain JSON-able data for editors (inlay hints, hovers), no AST nodes. Positions are
 * given both as offsets into the text and as ESLint's line (1-based) / column (0-based, UTF-16 units).
 */
import type { ClientConcept, ServerConcept, ServerKind } from '../catalog/types';
import type { IdleRelation } from '../advice/compare';

export interface SourcePosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

export interface Inspection {
  readonly sites: readonly InspectedSite[];
  readonly targets: InspectedTargets;
  /** Malformed parts of `settings.keepalive`, each a complete sentence. */
  readonly problems: readonly string[];
  /** Set when the text does not parse; `sites` is then empty. */
  readonly parseError: { readonly message: string; readonly line: number; readonly column: number } | null;
  /** What discovery found in the file's repository (only when asked for: `InspectOptions.discovered`). */
  readonly discovered?: InspectedDiscovery;
}

/** The servers and balancers configured in a repository's config files (nginx.conf, *.tf…), whatever the settings name. */
export interface InspectedDiscovery {
  readonly servers: readonly TargetView[];
  readonly balancers: readonly TargetView[];
}

export interface InspectedTargets {
  readonly servers: readonly TargetView[];
  readonly frontedBy: readonly TargetView[];
  readonly marginMs: number;
  readonly node: string | null;
}

export interface TargetView {
  readonly id: string;
  readonly name: string;
  readonly kind: ServerKind;
  /** `null`: never closes idle connections. */
  readonly idleTimeoutMs: number | null;
  /** The idle timeout for people: `5 s`, `never`. */
  readonly idle: string;
  /** Where the number comes from, as the catalogue writes it. */
  readonly source: string;
  /** A link to that source, when it has one. */
  readonly sourceUrl: string | null;
  /** Nothing was configured and this server is assumed. */
  readonly assumed: boolean;
  /** For a target discovered in the workspace's config files: where its number is written. */
  readonly origin?: TargetOriginView;
}

export interface TargetOriginView {
  /** Relative to the discovery root, `/` separators. */
  readonly file: string;
  readonly line: number;
  /** The setting as written, or the setting left unset (`keepalive_timeout unset`). */
  readonly directive: string;
  readonly origin: 'set' | 'default';
  /** A `file:` link to the line. */
  readonly uri: string;
}

/**
 * One comparison of a timeout report. In a report whose `limitName` is `connection age`, `idleTimeoutMs` and `idle`
 * hold the age after which the target ends connections, the number the lifetime is compared with.
 */
export interface ComparisonView extends TargetView {
  readonly relation: IdleRelation;
  /**
   * Client: the longest safe idle time against this server (its idle timeout minus the margin). Server: the
   * value to stay above (the balancer's idle timeout plus the margin).
   */
  readonly limitMs: number | null;
  /**
   * For a common catalogue server, the versions its value holds for (`<26`): without a known version the
   * shortest value any version uses is compared. `null`: every version, or a configured target.
   */
  readonly versions: string | null;
}

export type InspectedSite = InspectedClientSite | InspectedServerSite;

export interface InspectedClientSite {
  readonly kind: 'client';
  /** How messages name the constructor: `http.Agent`, `undici.Pool`, `agentkeepalive`. */
  readonly label: string;
  readonly library: { readonly id: string; readonly name: string };
  /** The whole construction, `new http.Agent({ … })`. */
  readonly range: SourceRange;
  /** The constructor reference, `http.Agent`. */
  readonly constructorRange: SourceRange;
  /** Whether the pool keeps idle sockets at all. */
  readonly pooled: boolean | 'unknown';
  readonly settings: readonly InspectedSetting[];
  /** One report per timeout worth annotating (explicit, or a default that decides the verdict). */
  readonly timeouts: readonly TimeoutReport[];
}

/** A Node.js HTTP server (`http.createServer()`, `app.listen()`, `fastify()` …). */
export interface InspectedServerSite {
  readonly kind: 'server';
  /** How messages name it: `http.createServer()`, `app.listen()`. */
  readonly label: string;
  readonly framework: { readonly id: string; readonly name: string };
  /** Where the Node.js server comes into being: the construction, or `app.listen(…)`. */
  readonly range: SourceRange;
  /** The callee of the construction (`http.createServer`, `express`). */
  readonly constructorRange: SourceRange;
  readonly settings: readonly InspectedServerSetting[];
  readonly timeouts: readonly TimeoutReport[];
}

export interface InspectedServerSetting {
  readonly concept: ServerConcept;
  readonly source: 'explicit' | 'default' | 'unknown';
  readonly option: string | null;
  readonly value: number | boolean | string | null;
  /** Where an explicit value is written: the option's value, or the first assignment's right-hand side. */
  readonly valueRange: SourceRange | null;
}

export interface InspectedSetting {
  readonly concept: ClientConcept;
  readonly source: 'explicit' | 'default' | 'unknown';
  /** The option that sets it (`timeout`, `freeSocketTimeout`), when there is one. */
  readonly option: string | null;
  /** The value when it is a primitive; `null` also for "no limit" and for unknown values. */
  readonly value: number | boolean | string | null;
  /** Where an explicit value is written. */
  readonly valueRange: SourceRange | null;
  /** Where a default comes from. */
  readonly catalogSource: string | null;
}

export interface TimeoutReport {
  /**
   * A client pool's idle timeout, the cap on the idle time a server's `Keep-Alive` hint can ask of it (undici's
   * `keepAliveMaxTimeout`, judged against the L4 devices and load balancers among the servers), a pool's connection
   * lifetime (judged against servers that declare `maxConnectionAgeMs`), or a server's keep-alive (idle) timeout.
   */
  readonly concept: 'idleTimeoutMs' | 'keepAliveCapMs' | 'maxLifetimeMs' | 'keepAliveTimeoutMs';
  /** `client`: must stay below the servers'. `server`: must stay above the balancers'. */
  readonly side: 'client' | 'server';
  /** `idle timeout`, `keep-alive cap`, `connection lifetime`, `keep-alive timeout`. */
  readonly name: string;
  /** How a short annotation names a default: `idle`, `cap`, `lifetime`. */
  readonly shortName: string;
  /**
   * What the other end's number in each comparison (`idle`, `idleTimeoutMs` of `targets`, `catalogue`, `deciding`)
   * is: its idle timeout, or for a connection lifetime the age after which it ends connections.
   */
  readonly limitName: 'idle timeout' | 'connection age';
  readonly option: string | null;
  readonly source: 'explicit' | 'default';
  /** `null`: idle connections are never closed on this side (for a cap: no limit). */
  readonly ms: number | null;
  /** The value for people: `4 s`, `never closed`, `no limit`. */
  readonly value: string;
  /** True when `value` is rounded (`1.2 s` for 1234 ms). */
  readonly rounded: boolean;
  /** Where an annotation goes: after the explicit value, or after the construction for a default. */
  readonly at: SourceRange;
  /** What a hover covers: the value, or the constructor for a default. */
  readonly hoverRange: SourceRange;
  /** `too-short`: a server that closes before the balancer in front of it. */
  readonly verdict: 'ok' | 'too-long' | 'never-closed' | 'too-short';
  /** Against the configured targets: the servers (or the assumed one) for a client, `frontedBy` for a server. */
  readonly targets: readonly ComparisonView[];
  /** Against common servers (for a client) or balancers (for a server) of the catalogue. */
  readonly catalogue: readonly ComparisonView[];
  /**
   * Against the servers (for a client's idle timeout) or balancers (for a server) discovered in the repository's
   * config files that the settings do not target. Present only when asked for and discovery found some.
   */
  readonly discovered?: readonly ComparisonView[];
  /** The comparison the verdict rests on. */
  readonly deciding: ComparisonView | null;
  /** One sentence on what to change (or that nothing needs to). */
  readonly change: string;
  /** The rule that reports this verdict, when one does. */
  readonly rule: { readonly id: string; readonly docUrl: string } | null;
  /**
   * The setting whose value this is when it is not the one named by `option`: a Go server with no `IdleTimeout`
   * closes idle connections after its `ReadTimeout`. Absent otherwise.
   */
  readonly decidedBy?: string;
  /** How the client library retries a request that met a closed pooled connection (Go: only replayable ones). */
  readonly retry?: string;
}
