import type { TextRange } from '../sites';
import { haproxyDuration } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredTimeout } from './types';

/** Keywords that open a section; every other line belongs to the section above it. */
const SECTIONS = new Set(['global', 'defaults', 'frontend', 'backend', 'listen', 'peers', 'resolvers', 'userlist', 'mailers', 'program', 'http-errors', 'ring', 'cache', 'crt-store', 'traces', 'log-forward', 'fcgi-app']);

/** What keeps a client's idle connection open, in the order HAProxy falls back (all unset: no timeout). */
const CLIENT_SIDE = ['http-keep-alive', 'http-request', 'client'] as const;

interface Line {
  readonly words: readonly { readonly text: string; readonly range: TextRange }[];
  readonly range: TextRange;
}

interface Section {
  readonly keyword: string;
  readonly name: string;
  readonly header: Line;
  /** `from <defaults>` on the header, or the last anonymous `defaults` above it. */
  readonly defaults: Section | undefined;
  readonly settings: Map<string, Line>;
}

/**
 * HAProxy (`haproxy.cfg`), line by line. A frontend's clients see `timeout http-keep-alive`, else `timeout
 * http-request`, else `timeout client` (only `client` in TCP mode); a backend keeps its server connections for
 * `timeout server`. Each timeout is the section's own, else its `defaults` section's (named with `from`, else the
 * last `defaults` above it).
 */
export function readHaproxy(text: string, config: ConfigFile): DiscoveredTimeout[] {
  const sections = sectionsOf(text);
  const found: DiscoveredTimeout[] = [];
  for (const section of sections) {
    const mode = effective(section, 'mode')?.words[1]?.text ?? 'http';
    const context = `${section.keyword} ${section.name}`.trim();
    if (section.keyword === 'frontend' || section.keyword === 'listen') {
      const keys: readonly string[] = mode === 'tcp' ? ['client'] : CLIENT_SIDE;
      const key = keys.find((candidate) => effective(section, `timeout ${candidate}`));
      if (key) found.push(timeoutLine(text, config, section, `timeout ${key}`, { product: 'haproxy', roles: ['server'], context }, key === keys[0] ? undefined : `no timeout ${keys.slice(0, keys.indexOf(key)).join(' or ')}: HAProxy falls back to timeout ${key}`));
      else found.push(defaultTimeout(config, { range: section.header.range, product: 'haproxy', roles: ['server'], directive: 'timeout http-keep-alive, http-request, client unset', context }));
    }
    if ((section.keyword === 'backend' || section.keyword === 'listen') && mode !== 'tcp') {
      if (effective(section, 'timeout server')) found.push(timeoutLine(text, config, section, 'timeout server', { product: 'haproxy-backend', roles: ['balancer'], context }, undefined));
      else found.push(defaultTimeout(config, { range: section.header.range, product: 'haproxy-backend', roles: ['balancer'], directive: 'timeout server unset', context }));
    }
  }
  return found;
}

function timeoutLine(
  text: string,
  config: ConfigFile,
  section: Section,
  key: string,
  base: { product: string; roles: readonly ('server' | 'balancer')[]; context: string },
  note: string | undefined,
): DiscoveredTimeout {
  const line = effective(section, key)!;
  const own = section.settings.get(key) === line;
  const written = line.words[2]?.text ?? '';
  const context = own ? base.context : `${base.context} (from defaults${section.defaults?.name ? ` ${section.defaults.name}` : ''})`;
  return writtenTimeout(
    config,
    { ...base, context, range: line.range, directive: text.slice(line.range[0], line.range[1]).replace(/\s+/g, ' '), ...(note ? { note } : {}) },
    idleOf(haproxyDuration(written), written),
  );
}

/** A setting of the section, else of its defaults chain. */
function effective(section: Section | undefined, key: string): Line | undefined {
  for (let current = section; current; current = current.defaults) {
    const line = current.settings.get(key);
    if (line) return line;
  }
  return undefined;
}

function sectionsOf(text: string): Section[] {
  const sections: Section[] = [];
  const namedDefaults = new Map<string, Section>();
  let lastDefaults: Section | undefined;
  let current: Section | undefined;
  for (const line of linesOf(text)) {
    const first = line.words[0]!.text;
    if (SECTIONS.has(first)) {
      const name = line.words[1] && line.words[1].text !== 'from' ? line.words[1].text : '';
      const fromIndex = line.words.findIndex((word) => word.text === 'from');
      const from = fromIndex > 0 ? namedDefaults.get(line.words[fromIndex + 1]?.text ?? '') : undefined;
      current = { keyword: first, name, header: line, defaults: first === 'defaults' ? from : (from ?? lastDefaults), settings: new Map() };
      sections.push(current);
      if (first === 'defaults') {
        lastDefaults = current;
        if (name) namedDefaults.set(name, current);
      }
      continue;
    }
    if (!current) continue;
    // `timeout client 30s` is keyed by its first two words; `mode http` by its first.
    const key = first === 'timeout' && line.words[1] ? `timeout ${line.words[1].text}` : first;
    current.settings.set(key, line);
  }
  return sections;
}

/** The words of each non-empty line, with `#` comments removed and quotes honoured. */
function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const words: { text: string; range: TextRange }[] = [];
    let i = start;
    while (i < end) {
      const char = text[i]!;
      if (char === ' ' || char === '\t' || char === '\r') {
        i++;
        continue;
      }
      if (char === '#') break;
      const wordStart = i;
      let value = '';
      let quote: string | null = null;
      while (i < end && (quote !== null || !/[\s#]/.test(text[i]!))) {
        const c = text[i]!;
        if (quote === null && (c === '"' || c === "'")) quote = c;
        else if (c === quote) quote = null;
        else if (c === '\\' && i + 1 < end) value += text[++i];
        else value += c;
        i++;
      }
      words.push({ text: value, range: [wordStart, i] });
    }
    if (words.length > 0) yield { words, range: [words[0]!.range[0], words.at(-1)!.range[1]] };
    start = end + 1;
  }
}
