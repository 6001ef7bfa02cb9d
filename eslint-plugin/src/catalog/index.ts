export * from './types';
export { clientLibraries } from './clients';
export { servers } from './servers';
