/**
 * What discovery produces: the idle timeouts written in a workspace's config files (or left to a product's default
 * there), with where each is written. Plain data, no parser types: the targets, the CLI's inventory and the editor
 * read only this.
 */
import type { ServerKind } from '../catalog/types';
import type { SourceRange } from '../inspection/types';

/**
 * What a discovered timeout is to the code: a `server` its client pools talk to (they must close idle connections
 * first), or a `balancer` that pools connections to the code's own servers (they must keep idle connections longer).
 * A proxy plays both, and an AWS ALB's one idle timeout applies on both sides.
 */
export type DiscoveredRole = 'server' | 'balancer';

/** The config formats discovery reads. */
export type ConfigFormat = 'nginx' | 'haproxy' | 'envoy' | 'traefik' | 'caddy' | 'spring' | 'terraform' | 'kubernetes' | 'dockerfile' | 'procfile';

/**
 * The idle timeout as the file gives it: a number (`ms: null` when the product then never closes idle
 * connections), keep-alive switched off (no connection is reused, so nothing can go stale), or a value discovery
 * cannot see (a variable, a placeholder). An unknown value is listed but never compared.
 */
export type DiscoveredIdle =
  | { readonly state: 'known'; readonly ms: number | null }
  | { readonly state: 'disabled' }
  | { readonly state: 'unknown'; readonly why: string };

export interface DiscoveredTimeout {
  /** The file, relative to the discovery root, with `/` separators. */
  readonly file: string;
  /** The directive that sets the value; for a default, the block or resource that leaves it unset. */
  readonly range: SourceRange;
  readonly format: ConfigFormat;
  /** The catalogue id of the product whose timeout this is (`nginx`, `nginx-upstream`, `aws-alb`). */
  readonly product: string;
  /** The catalogue's name for it. */
  readonly productName: string;
  readonly kind: ServerKind;
  readonly roles: readonly DiscoveredRole[];
  readonly idle: DiscoveredIdle;
  /** `set`: written in the file; `default`: the file leaves it unset and the catalogue's default applies. */
  readonly origin: 'set' | 'default';
  /** The setting as written (`keepalive_timeout 15s`), or for a default the setting left unset (`keepalive_timeout unset`). */
  readonly directive: string;
  /** Where in the file it applies: `http`, `server api.example.com`, `frontend web`, `resource aws_lb.web`. */
  readonly context: string;
  /** For a set value, `file:line`; for a default, the catalogue's source of the default. */
  readonly source: string;
  /** What else decides whether it applies (`pooled by default only from nginx 1.29.7`). */
  readonly note?: string;
}

/** A config file discovery could not read, with the reason, so the inventory can say what it skipped. */
export interface DiscoveryProblem {
  readonly file: string;
  readonly message: string;
}

export interface Discovery {
  /** The folder discovered from (absolute). */
  readonly root: string;
  readonly timeouts: readonly DiscoveredTimeout[];
  readonly problems: readonly DiscoveryProblem[];
  /** Files not read yet because their parser is still loading (Terraform's grammar, read on the next call). */
  readonly pending: readonly string[];
}

/** What one format's reader returns for one file. */
export interface ReadResult {
  readonly timeouts: readonly DiscoveredTimeout[];
  readonly problems: readonly string[];
}

