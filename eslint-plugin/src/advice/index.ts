export { cappedIdleTimeout, shortestIdle, type IdleCap } from './capped-strategy';
export { idleVerdict, idleMsOf, isPooled, type IdleVerdict } from './client-idle';
export { detectNumberStyle, formatDuration, formatMsLiteral, type NumberStyle } from './format';
