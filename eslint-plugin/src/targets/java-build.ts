import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * What a Java file's build (the nearest `pom.xml`, `build.gradle` or `build.gradle.kts`, then its parents) says:
 * the Java release it is compiled for, and the versions of its dependencies. A multi-module build usually writes
 * both in a parent: each is taken from the nearest build file that names it. Versions written through a property
 * (`${httpclient.version}`) are resolved; a version a plugin or BOM manages cannot be seen.
 */
export interface JavaBuild {
  /** The oldest JDK the code runs on, as a range (`>=17`): the release it is compiled for. */
  readonly release: string | null;
  /** `groupId:artifactId` → version, for the dependencies that name one. */
  readonly dependencies: ReadonlyMap<string, string>;
}

const NO_BUILD: JavaBuild = { release: null, dependencies: new Map() };
const BUILD_FILES = ['pom.xml', 'build.gradle.kts', 'build.gradle'];
/** A build nested deeper than this below the file is not its build. */
const MAX_LEVELS = 12;

/**
 * One build file as written: its values may still hold `${property}` references, resolved only once the whole chain
 * is known, because Maven interpolates a parent's `${main.java.version}` with the child's property when the child
 * sets it.
 */
interface BuildFile {
  readonly properties: ReadonlyMap<string, string>;
  /** The places that may name the release, most telling first. */
  readonly releaseCandidates: readonly (string | undefined)[];
  /** `[groupId, artifactId, version]`, unresolved. */
  readonly dependencies: readonly (readonly [string, string, string])[];
}

const byDirectory = new Map<string, BuildFile | null>();
const buildByDirectory = new Map<string, JavaBuild>();

/** The build of a Java file (`<text>` or a relative name: the working directory's). Cached per directory. */
export function javaBuildOf(filename: string, cwd: string): JavaBuild {
  const start = isAbsolute(filename) ? dirname(filename) : cwd;
  let build = buildByDirectory.get(start);
  if (!build) buildByDirectory.set(start, (build = collect(start)));
  return build;
}

function collect(start: string): JavaBuild {
  const chain: BuildFile[] = [];
  let directory = start;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const file = readBuild(directory);
    if (file) chain.push(file);
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  if (chain.length === 0) return NO_BUILD;
  // The nearest file's property wins, as in Maven's effective model.
  const properties = new Map<string, string>();
  for (const file of chain) for (const [name, value] of file.properties) if (!properties.has(name)) properties.set(name, value);
  const resolve = (value: string | undefined): string | undefined => resolveProperties(value, properties);
  let release: string | null = null;
  const dependencies = new Map<string, string>();
  for (const file of chain) {
    release ??= file.releaseCandidates.map((candidate) => javaRelease(resolve(candidate))).find((value) => value !== null) ?? null;
    for (const [rawGroup, rawArtifact, rawVersion] of file.dependencies) {
      const [group, artifact, version] = [resolve(rawGroup), resolve(rawArtifact), resolve(rawVersion)];
      if (group && artifact && version && !dependencies.has(`${group}:${artifact}`)) dependencies.set(`${group}:${artifact}`, version);
    }
  }
  return { release: release === null ? null : `>=${release}`, dependencies };
}

/** `${name}` references replaced (nested ones too); a value that keeps an unknown reference is unknown. */
function resolveProperties(value: string | undefined, properties: ReadonlyMap<string, string>): string | undefined {
  let resolved = value;
  for (let depth = 0; resolved && depth < 5 && /\$\{([^}]+)\}/.test(resolved); depth++) {
    resolved = resolved.replace(/\$\{([^}]+)\}/g, (whole, name: string) => properties.get(name) ?? whole);
  }
  return resolved && !resolved.includes('${') ? resolved.trim() : undefined;
}

function readBuild(directory: string): BuildFile | null {
  if (byDirectory.has(directory)) return byDirectory.get(directory)!;
  let file: BuildFile | null = null;
  for (const name of BUILD_FILES) {
    const path = join(directory, name);
    if (!existsSync(path)) continue;
    try {
      const text = readFileSync(path, 'utf8');
      file = name === 'pom.xml' ? readPom(text) : readGradle(text);
    } catch {
      file = null; // an unreadable build file says nothing
    }
    break;
  }
  byDirectory.set(directory, file);
  return file;
}

/** Maven: its properties, where the compiler release may be written, and each dependency. */
function readPom(text: string): BuildFile {
  const xml = text.replace(/<!--[\s\S]*?-->/g, '');
  const properties = new Map<string, string>();
  const propertiesBlock = /<properties>([\s\S]*?)<\/properties>/.exec(xml)?.[1] ?? '';
  for (const match of propertiesBlock.matchAll(/<([\w.\-]+)>\s*([^<]*?)\s*<\/\1>/g)) properties.set(match[1]!, match[2]!);
  const plugin = /<artifactId>\s*maven-compiler-plugin\s*<\/artifactId>([\s\S]*?)<\/plugin>/.exec(xml)?.[1] ?? '';
  const releaseCandidates = [
    properties.get('maven.compiler.release'),
    /<release>\s*([^<]+?)\s*<\/release>/.exec(plugin)?.[1],
    properties.get('java.version'),
    properties.get('maven.compiler.source'),
    /<source>\s*([^<]+?)\s*<\/source>/.exec(plugin)?.[1],
  ];
  const dependencies: [string, string, string][] = [];
  for (const match of xml.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    const body = match[1]!;
    const [group, artifact, version] = ['groupId', 'artifactId', 'version'].map((tag) => new RegExp(`<${tag}>\\s*([^<]+?)\\s*</${tag}>`).exec(body)?.[1]);
    if (group && artifact && version) dependencies.push([group, artifact, version]);
  }
  return { properties, releaseCandidates, dependencies };
}

/** Gradle (Groovy or Kotlin DSL): the toolchain or compatibility release, and `group:artifact:version` strings. */
function readGradle(text: string): BuildFile {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const candidates: (string | undefined)[] = [
    /JavaLanguageVersion\.of\(\s*['"]?(\d+)['"]?\s*\)/.exec(code)?.[1],
    /jvmToolchain\(\s*(\d+)\s*\)/.exec(code)?.[1],
    /options\.release(?:\.set\(\s*|\s*=\s*)['"]?(\d+)/.exec(code)?.[1],
    /sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_([\d_]+)|['"]?([\d.]+)['"]?)/.exec(code)?.slice(1).find(Boolean)?.replace(/_/g, '.'),
  ];
  const dependencies = [...code.matchAll(/['"]([\w.\-]+):([\w.\-]+):([\w.\-+]+)['"]/g)].map((match) => [match[1]!, match[2]!, match[3]!] as const);
  return { properties: new Map(), releaseCandidates: candidates, dependencies };
}

/** `1.8` → `8`, `17` → `17`; anything else is not a release. */
function javaRelease(value: string | undefined): string | null {
  if (!value) return null;
  const match = /^(?:1\.)?(\d+)$/.exec(value.trim());
  return match ? match[1]! : null;
}
