import type { ClientConcept } from '../../catalog/types';
import type { JavaClientLibrary, JavaServerProduct } from '../../catalog/java-types';
import type { ClientSite, DefaultSetting, ServerSite, Setting, Sites, TextRange } from '../../sites';

/**
 * What the Java finder adds to the neutral sites: how a suggestion would change each one, as plain data (offsets and
 * text: the tree may be gone by the time a suggestion is written).
 */

/** The parameter and local names a capped keep-alive strategy uses, chosen to clash with nothing in scope. */
export interface StrategyNames {
  readonly response: string;
  readonly context: string;
  readonly server: string;
  readonly serverMs: string;
}

/** Where text goes into a chain: at `at`, after `lead` (a line break and the indentation of the next call, or nothing). */
export interface ChainInsertion {
  readonly at: number;
  readonly lead: string;
  /** The indentation of the line the inserted call starts on. */
  readonly indent: string;
}

export type IdleFix =
  /** Add `.setKeepAliveStrategy(<capped>)` to an Apache builder chain. */
  | { readonly kind: 'insert-strategy'; readonly where: ChainInsertion; readonly names: StrategyNames }
  /** Replace the argument of `setKeepAliveStrategy(…)` with the capped strategy. */
  | { readonly kind: 'replace-strategy'; readonly range: TextRange; readonly indent: string; readonly names: StrategyNames }
  /** Replace a factory that takes no strategy (`HttpClients.createDefault()`) with its builder and the capped strategy. */
  | { readonly kind: 'builder-instead'; readonly range: TextRange; readonly call: string; readonly indent: string; readonly names: StrategyNames }
  /** Rewrite an OkHttp `ConnectionPool`'s `(duration, unit)` arguments, or fill `()` with all three (`withCount`). */
  | { readonly kind: 'pool-duration'; readonly range: TextRange; readonly withCount: boolean }
  /** Give OkHttp's builder its own pool: `.connectionPool(new ConnectionPool(5, cap, MILLISECONDS))`. */
  | { readonly kind: 'insert-pool'; readonly where: ChainInsertion }
  /** `new OkHttpClient()` → a builder with a capped pool. */
  | { readonly kind: 'client-with-pool'; readonly range: TextRange }
  /** Add `.maxIdleTime(Duration.ofMillis(cap))` to a Reactor Netty `ConnectionProvider` builder. */
  | { readonly kind: 'insert-max-idle'; readonly where: ChainInsertion }
  /** Reactor Netty `HttpClient.create()` → a client on its own provider with a max idle time. */
  | { readonly kind: 'provider-with-max-idle'; readonly range: TextRange; readonly receiver: string }
  /** Replace a duration argument (`maxIdleTime(…)`, `setIdleTimeout(…)`), written as the argument's kind asks. */
  | { readonly kind: 'replace-argument'; readonly range: TextRange; readonly as: 'Duration' | 'milliseconds' }
  /** Add `name.setIdleTimeout(cap);` after the statement that creates the client. */
  | { readonly kind: 'insert-statement'; readonly at: number; readonly indent: string; readonly receiver: string; readonly method: string }
  /** Replace the seconds of `System.setProperty("jdk.httpclient.keepalive.timeout", "…")`. */
  | { readonly kind: 'property-seconds'; readonly range: TextRange };

export interface JavaClientSite extends ClientSite {
  readonly library: JavaClientLibrary;
  readonly language: 'java';
  /** How a suggestion sets the idle bound; `null` when it cannot be written without guessing. */
  readonly fix: IdleFix | null;
}

/** How a suggestion sets a server's idle timeout: the written values it replaces, and what it adds when none is written. */
export type ServerFix =
  /** Undertow: raise the written idle options that are below the new value; add `.setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, …)` when it is not written. */
  | { readonly kind: 'undertow'; readonly replace: readonly { readonly range: TextRange; readonly ms: number | undefined }[]; readonly insert: ChainInsertion | null }
  /**
   * Vert.x: the value in milliseconds, with its unit set to `TimeUnit.MILLISECONDS` (replacing a written unit, or added
   * after `setIdleTimeout(…)`); with no `setIdleTimeout` written, both calls are added at `insert`.
   */
  | { readonly kind: 'vertx'; readonly value: TextRange | null; readonly unit: TextRange | null; readonly afterValue: number | null; readonly insert: ChainInsertion | null }
  /** A setter: replace its written value (`asString` for `setProperty("keepAliveTimeout", "…")`), or add a statement. */
  | {
      readonly kind: 'setter';
      readonly value: { readonly range: TextRange; readonly asString: boolean } | null;
      /** Added after the statement that makes the object, or before the one that starts it (`before`). */
      readonly statement: { readonly at: number; readonly before: boolean; readonly indent: string; readonly text: 'setIdleTimeout' | 'tomcat'; readonly receiver: string } | null;
    };

export interface JavaServerSite extends ServerSite {
  readonly framework: JavaServerProduct;
  readonly fix: ServerFix | null;
}

/** Where imports go and which the suggestions' classes need, computed while the tree is there. */
export interface FileWriting {
  readonly importState: ReadonlyMap<string, 'visible' | 'needs-import' | 'clashes'>;
  /** Non-static imports in order: where a new one sorts in. */
  readonly imports: readonly { readonly name: string; readonly start: number; readonly end: number }[];
  /** After the package declaration, or 0. */
  readonly headerEnd: number;
  readonly hasPackage: boolean;
  readonly eol: string;
  readonly indentUnit: string;
}

export interface JavaSites extends Sites {
  readonly clients: readonly JavaClientSite[];
  readonly servers: readonly JavaServerSite[];
  readonly writing: FileWriting;
}

const CONCEPTS: readonly ClientConcept[] = ['keepAlive', 'idleTimeoutMs', 'keepAliveCapMs', 'maxLifetimeMs', 'tcpKeepAliveMs', 'maxSockets', 'maxTotalSockets', 'maxFreeSockets', 'socketTimeoutMs'];

/** The library's default for a concept (its first listed value, or the one for `version`). */
export function defaultSetting(library: JavaClientLibrary, concept: ClientConcept, pick?: (versions: string) => boolean): DefaultSetting | null {
  const values = library.defaults[concept];
  if (!values || values.length === 0) return null;
  const chosen = (pick && values.find((value) => pick(value.versions))) ?? values[0]!;
  return { source: 'default', value: chosen.value, catalogSource: chosen.source };
}

/** Every concept's setting: the given ones, the library's defaults, and unknown for the rest. */
export function settingsOf(library: JavaClientLibrary, given: Partial<Record<ClientConcept, Setting>>): Record<ClientConcept, Setting> {
  const settings = {} as Record<ClientConcept, Setting>;
  for (const concept of CONCEPTS) settings[concept] = given[concept] ?? defaultSetting(library, concept) ?? { source: 'unknown' };
  return settings;
}

