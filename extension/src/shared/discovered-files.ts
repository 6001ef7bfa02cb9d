/**
 * The config files whose idle timeouts `settings.keepalive: 'discovered'` reads. The client watches them; the server
 * decides with the plugin's own `fileKindOf` which changes count (a `*.yaml` may hold nothing discovery reads).
 */
export const DISCOVERED_FILES_GLOB =
  '**/{*.conf,*.conf.template,*.cfg,application*.properties,*.yml,*.yaml,*.tf,Caddyfile,Caddyfile.*,*.caddyfile,Dockerfile,Dockerfile.*,*.dockerfile,Containerfile,Procfile,Procfile.*}';

/**
 * The config documents the client sends the server, for their inlay hints and hovers: the names discovery reads,
 * as narrowly as a pattern can say it (the server answers nothing for a file discovery does not read, and never
 * lints or diagnoses one). Any YAML file may be a Kubernetes or Envoy manifest, so every YAML file is sent.
 */
export const CONFIG_DOCUMENT_PATTERNS: readonly string[] = [
  '**/nginx.conf',
  '**/{nginx,conf.d,sites-available,sites-enabled,http.d,vhosts.d}/**/*.{conf,conf.template}',
  '**/haproxy.cfg',
  '**/haproxy/**/*.cfg',
  '**/application*.properties',
  '**/*.{yml,yaml}',
  '**/*.tf',
  '**/{Caddyfile,Caddyfile.*,*.caddyfile}',
  '**/{Dockerfile,Dockerfile.*,*.dockerfile,Containerfile,dockerfile}',
  '**/{Procfile,Procfile.*}',
];
