import { springDuration } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { TextRange } from '../sites';
import type { DiscoveredIdle, DiscoveredTimeout } from './types';
import { leaves, scalar, yamlDocuments, written } from './yaml-tree';

/**
 * The Spring Boot properties that set the embedded server's idle timeout, by their canonical form (lowercase, no
 * `-` or `_`: relaxed binding reads `keepAliveTimeout` and `keep-alive-timeout` alike), with the catalogue entry whose
 * default applies when unset. Tomcat falls back to `connection-timeout`; its `-1` means no timeout.
 */
const PROPERTIES: ReadonlyArray<{ readonly key: string; readonly product: string; readonly fallbackFor?: string }> = [
  { key: 'server.tomcat.keepalivetimeout', product: 'spring-boot-tomcat' },
  { key: 'server.tomcat.connectiontimeout', product: 'spring-boot-tomcat', fallbackFor: 'server.tomcat.keepalivetimeout' },
  { key: 'server.undertow.norequesttimeout', product: 'undertow' },
  { key: 'server.jetty.connectionidletimeout', product: 'jetty' },
  { key: 'server.netty.idletimeout', product: 'reactor-netty' },
];

const DEFAULT_NOTE = "Spring Boot's default embedded server (Tomcat); with Undertow, Jetty or Reactor Netty their own default applies";

interface Property {
  readonly key: string;
  readonly value: string;
  readonly range: TextRange;
  readonly directive: string;
}

/** `application*.properties`: `key=value`, `key: value` or `key value`; `#`/`!` comments; `\` continues a line. */
export function readSpringProperties(text: string, config: ConfigFile): DiscoveredTimeout[] {
  const properties: Property[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === '' || body.startsWith('#') || body.startsWith('!')) continue;
    const separator = /[=:]|\s/.exec(body);
    const key = separator ? body.slice(0, separator.index).trim() : body;
    const value = separator ? body.slice(separator.index + 1).replace(/^[\s=:]*/, '').trim() : '';
    properties.push({ key, value, range: [start + indent, start + indent + body.length], directive: body });
  }
  return fromProperties(properties, config);
}

/** `application*.yml`: nested keys joined with dots, in every document of the file. */
export function readSpringYaml(text: string, config: ConfigFile): DiscoveredTimeout[] {
  return yamlDocuments(text).flatMap((document) =>
    fromProperties(
      leaves(document).map(([key, value]) => ({ key, value: String(scalar(value.node) ?? ''), range: value.range, directive: `${key}: ${written(text, [value.node.range![0], value.node.range![1]])}` })),
      config,
    ),
  );
}

function fromProperties(properties: readonly Property[], config: ConfigFile): DiscoveredTimeout[] {
  const byKey = new Map(properties.map((property) => [canonical(property.key), property]));
  const found: DiscoveredTimeout[] = [];
  for (const known of PROPERTIES) {
    const property = byKey.get(known.key);
    if (!property || (known.fallbackFor && byKey.has(known.fallbackFor))) continue;
    const note = known.fallbackFor ? 'no server.tomcat.keep-alive-timeout: Tomcat falls back to the connection timeout' : undefined;
    found.push(writtenTimeout(config, { range: property.range, product: known.product, roles: ['server'], directive: property.directive, context: 'Spring Boot', ...(note ? { note } : {}) }, idle(property.value)));
  }
  // Only the main file stands for the default: a profile's file (`application-dev.yml`) adds to it.
  if (found.length === 0 && /^application\.(properties|ya?ml)$/.test(config.file.split('/').pop() ?? '')) {
    found.push(defaultTimeout(config, { range: [0, 0], product: 'spring-boot-tomcat', roles: ['server'], directive: 'server.tomcat.keep-alive-timeout unset', context: 'Spring Boot', note: DEFAULT_NOTE }));
  }
  return found;
}

/** A duration, `-1` (no timeout), or a `${VAR:default}` placeholder whose default is visible. */
function idle(value: string): DiscoveredIdle {
  const placeholder = /^\$\{[^:}]+(?::([^}]*))?\}$/.exec(value.trim());
  if (placeholder) {
    if (placeholder[1] === undefined) return { state: 'unknown', why: `${value} is set where the application runs` };
    return idle(placeholder[1]);
  }
  if (value.trim() === '-1') return { state: 'known', ms: null };
  const ms = springDuration(value);
  // Tomcat, Undertow, Jetty and Netty each read 0 their own way: not guessed.
  return ms === 0 ? { state: 'unknown', why: '0 means something different to each embedded server' } : idleOf(ms, value);
}

function canonical(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}
