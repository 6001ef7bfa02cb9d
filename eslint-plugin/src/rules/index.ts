import noMisleadingPoolOptions from './no-misleading-pool-options';
import noPerRequestPool from './no-per-request-pool';
import noTcpKeepaliveAsIdleTimeout from './no-tcp-keepalive-as-idle-timeout';
import requireIdleTimeout from './require-idle-timeout';
import requireIdleTimeoutBelowServer from './require-idle-timeout-below-server';
import requireHeadersTimeoutAboveKeepalive from './require-headers-timeout-above-keepalive';
import requireServerIdleAboveBalancer from './require-server-idle-above-balancer';
import requireKeepaliveCap from './require-keepalive-cap';
import requirePoolLimits from './require-pool-limits';
import validSettings from './valid-settings';

/** Every rule of the plugin, by name. A test checks this matches the files and docs. */
export const rules = {
  'no-misleading-pool-options': noMisleadingPoolOptions,
  'no-per-request-pool': noPerRequestPool,
  'require-idle-timeout': requireIdleTimeout,
  'require-idle-timeout-below-server': requireIdleTimeoutBelowServer,
  'require-server-idle-above-balancer': requireServerIdleAboveBalancer,
  'require-headers-timeout-above-keepalive': requireHeadersTimeoutAboveKeepalive,
  'require-keepalive-cap': requireKeepaliveCap,
  'no-tcp-keepalive-as-idle-timeout': noTcpKeepaliveAsIdleTimeout,
  'require-pool-limits': requirePoolLimits,
  'valid-settings': validSettings,
};
