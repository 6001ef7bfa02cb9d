import requireIdleTimeout from './require-idle-timeout';

/** Every rule of the plugin, by name. A test checks this matches the files and docs. */
export const rules = {
  'require-idle-timeout': requireIdleTimeout,
};
