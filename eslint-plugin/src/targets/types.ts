import type { ServerKind } from '../catalog/types';

/** A server, proxy or balancer the code's connections meet, with the idle timeout that applies. */
export interface Target {
  /** Catalogue id, or the user's own name for a custom entry. */
  readonly id: string;
  readonly name: string;
  readonly kind: ServerKind;
  /** `null`: never closes idle connections. */
  readonly idleTimeoutMs: number | null;
  /** Where the number comes from: the catalogue source, or `settings.keepalive` for a custom entry. */
  readonly source: string;
  readonly closes: 'fin' | 'silent-drop' | 'rst';
  /** A limit on a connection's whole life that the target enforces without telling the client, when declared. */
  readonly maxConnectionAgeMs?: number;
  /** True when nothing was configured and the shortest common server idle timeout is assumed. */
  readonly assumed: boolean;
  /** For a target discovered in the workspace's config files: where its number is written (or left to a default). */
  readonly origin?: TargetOrigin;
}

/** Where a discovered target's idle timeout comes from: `deploy/nginx.conf:14 keepalive_timeout 15s`. */
export interface TargetOrigin {
  /** The folder discovery read (absolute). */
  readonly root: string;
  /** Relative to `root`, `/` separators. */
  readonly file: string;
  readonly line: number;
  /** The setting as written, or the setting left unset (`keepalive_timeout unset`). */
  readonly directive: string;
  readonly origin: 'set' | 'default';
}

export interface Targets {
  /** What the code's client pools talk to. Never empty: unset means the assumed 5 s server. */
  readonly servers: readonly Target[];
  /** What sits in front of the code's own servers (the pooling client of those servers). */
  readonly frontedBy: readonly Target[];
  readonly marginMs: number;
  /** The Node.js versions the code runs on, as a semver range, when known. */
  readonly node: string | null;
  /** The Java (JDK) releases the code runs on (`17`, `>=21`), when given: `java.net.http`'s keep-alive default depends on it. */
  readonly java: string | null;
  /** The Go versions the code is built with (`1.19`, `>=1.21`), when given: a server's idle fallback depends on it. */
  readonly go: string | null;
  /** Clear messages about settings that were ignored because they are malformed. */
  readonly problems: readonly string[];
}

/** What a user writes in `settings.keepalive`. */
export interface KeepaliveSettings {
  servers?: unknown;
  frontedBy?: unknown;
  marginMs?: unknown;
  node?: unknown;
  java?: unknown;
  go?: unknown;
}
