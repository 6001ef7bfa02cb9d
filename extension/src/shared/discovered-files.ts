/**
 * The config files whose idle timeouts `settings.keepalive: 'discovered'` reads. The client watches them; the server
 * decides with the plugin's own `fileKindOf` which changes count (a `*.yaml` may hold nothing discovery reads).
 */
export const DISCOVERED_FILES_GLOB =
  '**/{*.conf,*.conf.template,*.cfg,application*.properties,*.yml,*.yaml,*.tf,Caddyfile,Caddyfile.*,*.caddyfile,Dockerfile,Dockerfile.*,*.dockerfile,Containerfile,Procfile,Procfile.*}';
