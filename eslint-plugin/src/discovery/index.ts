/** Config files → the servers and balancers they configure, with where each idle timeout is written. */
export { discover, discoverNow, discoveryRootOf, forgetDiscoveries, useWorkspaceFolders } from './discover';
export { fileKindOf } from './formats';
export { loadHclGrammar as loadDiscoveryParsers } from './hcl-grammar';
export { readConfigFile } from './read-file';
export type * from './types';
