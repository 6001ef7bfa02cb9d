import { readCaddyfile } from './caddy';
import { ConfigSyntaxError } from './brace-config';
import type { ConfigFile } from './entries';
import { readEnvoy } from './envoy';
import { YAML_MARKERS, type FileKind } from './formats';
import { readHaproxy } from './haproxy';
import { hclGrammar } from './hcl-grammar';
import { readKubernetes } from './kubernetes';
import { readNginx } from './nginx';
import { readDockerfile, readProcfile } from './process-commands';
import { readSpringProperties, readSpringYaml } from './spring';
import { readTerraform } from './terraform';
import { readTraefik } from './traefik';
import type { ConfigFormat, DiscoveredTimeout } from './types';
import { TextPositions } from '../inspection/ranges';
import { yamlDocuments } from './yaml-tree';

/** One file read: its timeouts, a problem (it could not be read), or `pending` (its parser is still loading). */
export type FileReading = { readonly kind: 'read'; readonly timeouts: readonly DiscoveredTimeout[]; readonly problem?: string } | { readonly kind: 'pending' };

/** Reads one config file's text as its kind; never throws: a file that does not parse is a problem, not a crash. */
export function readConfigFile(file: string, kind: FileKind, text: string): FileReading {
  const positions = new TextPositions(text);
  const as = (format: ConfigFormat): ConfigFile => ({ file, format, positions });
  try {
    switch (kind) {
      case 'nginx':
        return read(readNginx(text, as('nginx')));
      case 'haproxy':
        return read(readHaproxy(text, as('haproxy')));
      case 'spring':
        return read(readSpringProperties(text, as('spring')));
      case 'spring-yaml':
        return read(readSpringYaml(text, as('spring')));
      case 'caddy':
        return read(readCaddyfile(text, as('caddy')));
      case 'dockerfile':
        return read(readDockerfile(text, as('dockerfile')));
      case 'procfile':
        return read(readProcfile(text, as('procfile')));
      case 'traefik':
        return read(readTraefik(text, yamlDocuments(text), as('traefik')));
      case 'terraform': {
        const hcl = hclGrammar();
        if (hcl.kind === 'loading') return { kind: 'pending' };
        if (hcl.kind === 'failed') return { kind: 'read', timeouts: [], problem: `not read: ${hcl.reason}` };
        return read(readTerraform(text, hcl.grammar, as('terraform')));
      }
      case 'yaml':
      case 'envoy':
      case 'kubernetes': {
        if (!YAML_MARKERS.some((marker) => text.includes(marker))) return read([]);
        const documents = yamlDocuments(text);
        return read([...readEnvoy(text, documents, as('envoy')), ...readKubernetes(text, documents, as('kubernetes'))]);
      }
    }
  } catch (error) {
    return { kind: 'read', timeouts: [], problem: describe(error, positions) };
  }
}

function read(timeouts: readonly DiscoveredTimeout[]): FileReading {
  return { kind: 'read', timeouts };
}

function describe(error: unknown, positions: TextPositions): string {
  const offset = error instanceof ConfigSyntaxError ? error.offset : (error as { offset?: unknown } | null)?.offset;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof offset !== 'number') return `not read: ${message}`;
  const { line, column } = positions.positionOf(offset);
  return `not read: ${message} (line ${line}, column ${column + 1})`;
}
