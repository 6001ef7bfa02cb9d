/**
 * What every language's site finder produces, and all that the advice, the findings and `inspect` read: plain
 * data with text ranges, no syntax tree. A language keeps its own nodes in richer types of its own (which extend
 * these) and in its suggestion writer.
 */
import type { ClientConcept, ClientLibrary, ConstructionTraits, ServerConcept, ServerDefaults, ServerProduct } from '../catalog/types';

/** Offsets into the file's text, `[start, end)`, in UTF-16 units as JavaScript strings count them. */
export type TextRange = readonly [number, number];

/** A value as static resolution sees it: seen (with what it is), or unknown. Unknown is never reported as bad. */
export type StaticValue = { readonly known: true; readonly value: unknown } | { readonly known: false };

/** An option the code wrote, as it is written. */
export interface WrittenOption {
  readonly value: StaticValue;
  /** The whole option as written: `timeout: 4000`, `.evictIdleConnections(5, SECONDS)`, `IdleConnTimeout: d`. */
  readonly range: TextRange;
  readonly valueRange: TextRange;
  /** The value's text as written (`90 * SECOND`, `80e3`, `5 * time.Second`). */
  readonly text: string;
}

/** What one concept of a site is set to, and how we know. */
export type Setting = ExplicitSetting | DefaultSetting | UnknownSetting;

/**
 * A value written in another module of the project (an imported options object) has its `range` and `valueRange` where
 * it enters this file (the imported name, the spread of it) and its `text` as written there.
 */
export interface ExplicitSetting extends Omit<WrittenOption, 'value'> {
  readonly source: 'explicit';
  /** The value in the concept's own unit (milliseconds for `…Ms` concepts). */
  readonly value: unknown;
  /** The option as the code names it (an alias or legacy name included). */
  readonly option: string;
  /** How the value was made up, when it is not the written value itself (Java's evictor threads, time-to-live). */
  readonly derivation?: BoundDerivation;
}

/** How an idle bound follows from what the code wrote, where it is not that value itself. */
export type BoundDerivation =
  /** An evictor thread closes connections idle longer than `idleMs` and wakes every `sleepMs`: idle time reaches their sum. */
  | { readonly kind: 'evictor'; readonly idleMs: number; readonly sleepMs: number }
  /** A connection's whole life from its creation: no idle connection outlives it, though busy ones end with it too. */
  | { readonly kind: 'time-to-live' }
  /** A keep-alive strategy: `honoursHint` when it follows the server's `Keep-Alive` header up to the value. */
  | { readonly kind: 'strategy'; readonly honoursHint: boolean }
  /** The keep-alive the default strategy uses when the server sends no `Keep-Alive` header. */
  | { readonly kind: 'hint-fallback' }
  /**
   * A JVM-wide system property, read once when the library's class is initialised; `belowSweep` when the written value
   * is below how late the library may close an expired connection (`sweepMs`, then the bound).
   */
  | { readonly kind: 'system-property'; readonly belowSweep?: { readonly writtenMs: number; readonly sweepMs: number } };

export interface DefaultSetting {
  readonly source: 'default';
  readonly value: number | boolean | null;
  readonly catalogSource: string;
}

export interface UnknownSetting {
  readonly source: 'unknown';
  /** The option that would set it, when there is one. */
  readonly option?: string;
}

/** The options of a construction as far as they can be seen. */
export interface WrittenOptions {
  /** Options that are certainly set, by the name written. */
  readonly entries: ReadonlyMap<string, WrittenOption>;
  /** Something unseen (a spread, a computed key, a value passed in) may set any other option. */
  readonly open: boolean;
}

/** One construction of a client pool. */
export interface ClientSite {
  readonly kind: 'client';
  readonly library: ClientLibrary;
  readonly constructor: ConstructionTraits;
  /** A short name of what is built, used in hovers: `http.Agent`, `undici.Pool`, `OkHttp ConnectionPool`. */
  readonly label: string;
  /** The construction as messages quote it: `new http.Agent()`, `HttpClients.custom()…build()`, `&http.Transport{}`. */
  readonly written: string;
  /** The whole construction. */
  readonly range: TextRange;
  /** The part that names what is built (the constructor reference, the factory call): where a default is hovered. */
  readonly calleeRange: TextRange;
  /** `null`: no options can be seen at all (an argument whose value is unknown). */
  readonly options: WrittenOptions | null;
  readonly settings: Readonly<Record<ClientConcept, Setting>>;
  /** The language the site is written in, when not JavaScript: messages then name its setters and scopes. */
  readonly language?: 'java' | 'go';
  /** What the wording must name beside the settings (Java: options the library ignores here, a stale check). */
  readonly remarks?: readonly SiteRemark[];
}

/** Something about how a pool is written that a message must name, beyond its settings. */
export type SiteRemark =
  /** A builder option applied only to a connection manager the builder creates, written beside one given to it. */
  | { readonly kind: 'ignored-beside-manager'; readonly option: string; readonly range: TextRange }
  /** An evictor option on a builder whose connection manager is shared: no evictor thread starts. */
  | { readonly kind: 'evictor-with-shared-manager'; readonly option: string; readonly range: TextRange }
  /** A sweeper that only closes expired connections, in a pool whose connections never expire without a `Keep-Alive` header. */
  | { readonly kind: 'expired-only-sweeper'; readonly option: string; readonly range: TextRange }
  /** A call that throws in the library version the build file names. */
  | { readonly kind: 'throws-in-version'; readonly option: string; readonly range: TextRange; readonly version: string; readonly fixedIn: string }
  /** A stale check when a connection is leased, which reads like an idle timeout but closes nothing on its own. */
  | { readonly kind: 'stale-check'; readonly option: string; readonly range: TextRange; readonly ms: number | null }
  /** A factory whose client cannot take the setting a suggestion writes; `builder` can, and keeps what the factory sets or not. */
  | { readonly kind: 'fixed-factory'; readonly factory: string; readonly builder: string; readonly keepsBehaviour: boolean };

/** What one concept of a server is set to. */
export type ServerSetting =
  | ServerOptionSetting
  | ServerAssignmentSetting
  | { readonly source: 'default'; readonly defaults: ServerDefaults }
  | { readonly source: 'unknown' };

/** Set in the construction's options. */
export interface ServerOptionSetting extends ExplicitSetting {
  readonly via: 'option';
  /** Node.js versions that honour the option (`http.createServer({ keepAliveTimeout })` since v18). */
  readonly nodeVersions?: string;
}

/** Set on the server after construction (`server.keepAliveTimeout = …`); every assignment sets the same value. */
export interface ServerAssignmentSetting extends ExplicitSetting {
  readonly via: 'assignment';
  /** Each assignment, in source order: the first one is `range`. */
  readonly assignments: readonly TextRange[];
}

/** One HTTP server the code builds. */
export interface ServerSite {
  readonly kind: 'server';
  readonly framework: ServerProduct;
  /** How messages name it: `http.createServer()`, `app.listen()`, `fastify()`. */
  readonly label: string;
  /** Where the server comes into being: the construction, or `app.listen(…)`. */
  readonly range: TextRange;
  /** The callee of the construction (`http.createServer`, `express`). */
  readonly calleeRange: TextRange;
  /** The callee of the call that starts it when that is another call (`app.listen`): where a default is hovered. */
  readonly listenCalleeRange?: TextRange;
  readonly settings: Readonly<Record<ServerConcept, ServerSetting>>;
}

/**
 * How long a pool given to a request lives: built in the request's own arguments, or in the same function as
 * the request and used by nothing else. Facts only; the verdict is the advice's.
 */
export interface PoolUse {
  readonly pool: ClientSite;
  /** How messages name the request call: `axios.get`, `fetch`. */
  readonly request: string;
  /** `inline`: written in the request's arguments; `local`: a variable or options object of the same function. */
  readonly via: 'inline' | 'local';
  /** What builds the pool again: each call of a function, each iteration of a loop, or nothing (once). */
  readonly repeats: 'call' | 'iteration' | 'once';
  /** The function whose every call builds the pool, by name when it has one. */
  readonly functionName: string | null;
  /** Only requests in that same function read the pool: it is not returned, stored, captured, closed or destroyed. */
  readonly confined: boolean;
}

/** A pool given where a request API wants an object keyed by protocol (got's `agent: { https: … }`). */
export interface ProtocolKeyedPool {
  /** The option as written, e.g. `agent: pool`. */
  readonly range: TextRange;
  readonly option: string;
  readonly pool: ClientSite;
  /** How messages name the request call (`got`, `got.extend`), and whether it sends a request or builds an instance. */
  readonly request: string;
  readonly requestKind: 'request' | 'instance';
}

/** Everything a file builds that the rules check. */
export interface Sites {
  readonly clients: readonly ClientSite[];
  readonly servers: readonly ServerSite[];
  /** Pools given to requests, with how long each lives (computed on first use). */
  poolUses(): readonly PoolUse[];
  readonly protocolKeyed: readonly ProtocolKeyedPool[];
  /**
   * Pools the code uses without building them (Go's `http.DefaultTransport` behind `http.Get` and
   * `http.DefaultClient`): editors show them; rules do not report them, as one change where the program starts
   * (not at each use) settles them all. Absent: none.
   */
  readonly implicitClients?: readonly ClientSite[];
}

/** A replacement of part of the text: the edits of one suggestion never overlap. */
export interface TextEdit {
  readonly range: TextRange;
  readonly text: string;
}

/** One server timeout a suggestion sets. */
export interface TimeoutWrite {
  readonly concept: ServerConcept;
  /** The server property (`keepAliveTimeout`), also the option name where the construction takes it. */
  readonly property: string;
  readonly valueText: string;
  /** An explicit option may be edited in place: false when some targeted versions ignore it. */
  readonly optionHonoured: boolean;
}

/**
 * How one file's language writes what a suggestion changes, in the file's own style. Each method answers `null`
 * when the edit cannot be made without guessing; the finding then comes without that suggestion.
 */
export interface SuggestionWriter {
  /** A number of milliseconds as this file writes one (`4000`, `4_000`, `74e3` in place of `80e3`). */
  milliseconds(ms: number, replacing?: ExplicitSetting): string;
  /** Sets one option of a pool: the written value is replaced, or the option is added. */
  setClientOption(site: ClientSite, option: string, valueText: string): TextEdit[] | null;
  /** Replaces the value of an option as written; `null` when it is not written in this file (an imported value). */
  replaceValue(setting: ExplicitSetting, valueText: string): TextEdit[] | null;
  /** Renames an option the pool's own options literal holds (`idleTimeout` → `keepAliveTimeout`). */
  renameOption(site: ClientSite, option: string, to: string): TextEdit[] | null;
  /** Nests a pool under its protocol's key (`agent: pool` → `agent: { https: pool }`). */
  keyByProtocol(use: ProtocolKeyedPool, protocol: 'http' | 'https'): TextEdit[] | null;
  /** Sets server timeouts; `bindAs` names the variable the server is newly kept in, when the edit adds one. */
  setServerTimeouts(site: ServerSite, writes: readonly TimeoutWrite[]): { readonly bindAs: string | null; readonly edits: TextEdit[] } | null;
}
