import type { ClientSite, ExplicitSetting } from '../sites';
import type { Targets } from '../targets';
import type { IdleCap } from './capped-strategy';
import { idleVerdict, isPooled } from './client-idle';
import { TCP_KEEPALIVE_RESOLUTION_MS } from '../catalog/node-versions';


/** What is wrong with a pool's TCP keepalive setting (`keepAliveMsecs`, undici `connect.keepAliveInitialDelay`). */
export type TcpKeepAliveFinding =
  /**
   * TCP keepalive is set on a pool that never closes idle sockets itself: the probes neither close an idle
   * socket nor keep a server's HTTP idle timer from running out (they carry no HTTP bytes).
   */
  | { readonly kind: 'tcp-keepalive-mistaken-for-idle-timeout'; readonly setting: ExplicitSetting; readonly cap: IdleCap }
  /** A delay under one second is truncated to 0 s, which leaves the system default (hours on Linux) in place. */
  | { readonly kind: 'tcp-keepalive-truncated'; readonly setting: ExplicitSetting; readonly valueMs: number };

export function tcpKeepAliveFindings(site: ClientSite, targets: Targets): TcpKeepAliveFinding[] {
  const setting = site.settings.tcpKeepAliveMs;
  // Only an option the user wrote can be a misunderstanding; the probes only run on pooled sockets.
  if (setting.source !== 'explicit' || isPooled(site) !== true) return [];
  const findings: TcpKeepAliveFinding[] = [];
  const idle = idleVerdict(site, targets);
  if (idle.kind === 'missing-idle-timeout') {
    findings.push({ kind: 'tcp-keepalive-mistaken-for-idle-timeout', setting, cap: idle.cap });
  }
  const value = setting.value;
  // 0 is not truncation: Node's agent replaces it with 1000, and 0 is the documented "keep the default" value.
  if (typeof value === 'number' && value > 0 && value < TCP_KEEPALIVE_RESOLUTION_MS) {
    findings.push({ kind: 'tcp-keepalive-truncated', setting, valueMs: value });
  }
  return findings;
}
