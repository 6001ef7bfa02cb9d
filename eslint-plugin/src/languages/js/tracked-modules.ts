import { clientLibraries } from '../../catalog/clients';
import { requesters } from '../../catalog/requesters';
import { serverFrameworks } from '../../catalog/server-frameworks';
import { buildTraceMaps } from './trace-map';

/** The catalogue's trace maps, built once: what every tracked module and global is to the site finders. */
export const traceMaps = buildTraceMaps({ clients: clientLibraries, requesters, servers: serverFrameworks });

/** Whether a module specifier (or a package name) is one the catalogue tracks. */
export function isTrackedModule(specifier: string): boolean {
  return Object.hasOwn(traceMaps.modules, specifier);
}
