export * from './types';
export { clientLibraries } from './clients';
export { requesters } from './requesters';
export { servers } from './servers';
