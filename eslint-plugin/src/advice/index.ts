export { capBelow, cappedIdleTimeout, shortestIdle, type IdleCap } from './capped-strategy';
export { idleVerdict, idleMsOf, isPooled, type IdleVerdict } from './client-idle';
export { effectiveLimit, optionToWrite } from './effective-value';
export { detectNumberStyle, formatDuration, formatMsLiteral, type NumberStyle } from './format';
export {
  cappedLifetime,
  keepAliveCapVerdict,
  lifetimeCapVerdict,
  middleboxes,
  type KeepAliveCapVerdict,
  type LifetimeCap,
  type LifetimeCapVerdict,
} from './keepalive-cap';
export { poolLimitVerdict, type PoolLimitVerdict } from './pool-limits';
export { TCP_KEEPALIVE_RESOLUTION_MS } from '../catalog/node-versions';
export { tcpKeepAliveFindings, type TcpKeepAliveFinding } from './tcp-keepalive';
export { describeZero, misleadingPoolOptions, protocolOf, type OptionFinding } from './misleading-options';
export { poolLifetimeVerdict, type PoolLifetimeVerdict } from './per-request-pool';
export { balancerVerdict, headersVerdict, serverTimeout, type BalancerVerdict, type HeadersVerdict, type ServerTimeout } from './server-idle';
export { compareIdle, compareServerIdle, compareWithBalancers, compareWithCatalogue, compareWithTargets, decidingComparison, type IdleComparison, type IdleRelation } from './compare';
