export * from './types';
export { clientLibraries } from './clients';
export { requesters } from './requesters';
export { servers } from './servers';
export { ASSUMED_SERVER, ASSUMED_SERVER_JAVA_GO, COMMON_BALANCER_IDS, COMMON_MIDDLEBOX_IDS, COMMON_SERVER_IDS } from './common';
export { ASSUMED_NODE, HEADERS_RACE_NODE, TCP_KEEPALIVE_RESOLUTION_MS } from './node-versions';
export type * from './java-types';
export { javaClientLibraries, javaConnectionManagers, JDK_KEEP_ALIVE_PROPERTY, JDK_POOL_SWEEP } from './java-clients';
export { javaServerProducts } from './java-servers';
