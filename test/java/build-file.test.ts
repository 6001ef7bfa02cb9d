// What a Java file's build says: the release it is compiled for (the default of settings.keepalive.java) and its
// dependencies' versions, which decide the JDK client's, Jetty's and HttpClient 5's defaults and behaviours.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { javaBuildOf } from 'eslint-plugin-keepalive/settings';
import { targetsFor } from 'eslint-plugin-keepalive/settings';

function pom(body: string): string {
  return `<?xml version="1.0"?>\n<project>\n${body}\n</project>\n`;
}

function dependency(group: string, artifact: string, version: string): string {
  return `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`;
}

describe('the build of a Java file', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'keepalive-java-build-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** A project folder with its build files; returns the path of a Java file inside it. */
  function project(name: string, files: Record<string, string>): string {
    const folder = join(root, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const source = join(folder, 'module', 'src', 'main', 'java', 'Client.java');
    mkdirSync(join(source, '..'), { recursive: true });
    return source;
  }

  it("reads Maven's release from a parent pom, and versions through properties", () => {
    const file = project('maven', {
      'pom.xml': pom(`<!-- <maven.compiler.release>8</maven.compiler.release> -->
<properties><maven.compiler.release>17</maven.compiler.release><httpclient5.version>5.2.1</httpclient5.version></properties>
<dependencyManagement><dependencies>${dependency('org.apache.httpcomponents.client5', 'httpclient5', '${httpclient5.version}')}</dependencies></dependencyManagement>`),
      'module/pom.xml': pom(`<dependencies>${dependency('org.eclipse.jetty', 'jetty-client', '9.4.56.v20240826')}</dependencies>`),
    });
    const build = javaBuildOf(file, root);
    assert.equal(build.release, '>=17');
    assert.equal(build.dependencies.get('org.apache.httpcomponents.client5:httpclient5'), '5.2.1');
    assert.equal(build.dependencies.get('org.eclipse.jetty:jetty-client'), '9.4.56.v20240826');
  });

  it("resolves a parent's ${property} with the module's own value, as Maven's effective model does", () => {
    const file = project('module-property', {
      'pom.xml': pom('<properties><main.java.version>1.8</main.java.version><maven.compiler.source>${main.java.version}</maven.compiler.source><okhttp.version>3.14.9</okhttp.version></properties>'),
      'module/pom.xml': pom(`<properties><main.java.version>11</main.java.version><okhttp.version>4.12.0</okhttp.version></properties>
<dependencies>${dependency('com.squareup.okhttp3', 'okhttp', '${okhttp.version}')}</dependencies>`),
    });
    const build = javaBuildOf(file, root);
    assert.equal(build.release, '>=11');
    assert.equal(build.dependencies.get('com.squareup.okhttp3:okhttp'), '4.12.0');
  });

  it("reads the compiler plugin's <release>, Spring Boot's java.version and 1.8 as 8", () => {
    const plugin = project('plugin', { 'pom.xml': pom('<build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration><release>21</release></configuration></plugin></plugins></build>') });
    const boot = project('boot', { 'pom.xml': pom('<properties><java.version>1.8</java.version></properties>') });
    assert.equal(javaBuildOf(plugin, root).release, '>=21');
    assert.equal(javaBuildOf(boot, root).release, '>=8');
  });

  it('reads Gradle toolchains, compatibility and dependency strings (Groovy and Kotlin)', () => {
    const groovy = project('groovy', { 'build.gradle': "java {\n  sourceCompatibility = JavaVersion.VERSION_11\n}\ndependencies {\n  implementation 'com.squareup.okhttp3:okhttp:4.12.0'\n}\n" });
    const kotlin = project('kotlin', {
      'build.gradle.kts': 'java { toolchain { languageVersion.set(JavaLanguageVersion.of(21)) } }\ndependencies { implementation("org.eclipse.jetty:jetty-client:12.0.14") }\n',
    });
    assert.equal(javaBuildOf(groovy, root).release, '>=11');
    assert.equal(javaBuildOf(groovy, root).dependencies.get('com.squareup.okhttp3:okhttp'), '4.12.0');
    assert.equal(javaBuildOf(kotlin, root).release, '>=21');
  });

  it('makes the release the default of settings.keepalive.java, for Java files only', () => {
    const file = project('targets', { 'pom.xml': pom('<properties><maven.compiler.release>21</maven.compiler.release></properties>') });
    assert.equal(targetsFor(undefined, file, root).java, '>=21');
    assert.equal(targetsFor({ keepalive: { java: '17' } }, file, root).java, '17');
    assert.equal(targetsFor(undefined, file.replace(/\.java$/, '.js'), root).java, null);
  });

  describe('versions that change a verdict', () => {
    before(() => keepalive.languages.java.ready);

    function lint(file: string, code: string, rules: string[], settings: Record<string, unknown> = {}): Linter.LintMessage[] {
      const linter = new Linter({ cwd: root });
      const config: Linter.Config[] = [
        { files: ['**/*.java'], plugins: { keepalive }, language: 'keepalive/java', rules: Object.fromEntries(rules.map((rule) => [`keepalive/${rule}`, 'error'])), settings: { keepalive: settings } },
      ];
      return linter.verify(code, config, { filename: file });
    }

    const jetty = 'import org.eclipse.jetty.client.HttpClient;\nclass Client {\n  final HttpClient client = new HttpClient();\n}\n';

    it('Jetty 9.4 keeps idle connections forever unless told; Jetty 12 closes them after 30 s', () => {
      const old = project('jetty9', { 'pom.xml': pom(dependency('org.eclipse.jetty', 'jetty-client', '9.4.56.v20240826')) });
      const current = project('jetty12', { 'pom.xml': pom(dependency('org.eclipse.jetty', 'jetty-client', '12.0.14')) });
      const rules = ['require-idle-timeout', 'require-idle-timeout-below-server'];
      assert.deepEqual(lint(old, jetty, rules).map((message) => message.messageId), ['missingIdleTimeout']);
      assert.deepEqual(lint(current, jetty, rules).map((message) => message.messageId), ['idleTimeoutNotBelowServer']);
      assert.deepEqual(lint(current, jetty, rules, { servers: ['aws-alb'] }), []);
    });

    const evicting = `import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
class Client {
  Object client = HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(3)).setKeepAliveStrategy((response, context) -> TimeValue.ofMinutes(1)).build();
  Object expiredOnly = HttpClients.custom().evictExpiredConnections().build();
}
`;

    it("HttpClient 5.6.1's evictor sleeps a tenth of the idle time (at least 1 s): 3 s idle stays under a 5 s server", () => {
      const file = project('hc561', { 'pom.xml': pom(dependency('org.apache.httpcomponents.client5', 'httpclient5', '5.6.1')) });
      const messages = lint(file, evicting, ['require-idle-timeout-below-server', 'no-misleading-pool-options']);
      assert.deepEqual(messages.map((message) => message.messageId), ['idleTimeoutNotBelowServer']);
      assert.equal(messages[0]!.line, 5, 'only the 3 min default of the second client');
    });

    it('HttpClient 5.6.0: evictExpiredConnections() alone throws in build()', () => {
      const file = project('hc560', { 'pom.xml': pom(dependency('org.apache.httpcomponents.client5', 'httpclient5', '5.6.0')) });
      const messages = lint(file, evicting, ['no-misleading-pool-options']);
      assert.deepEqual(messages.map((message) => message.messageId), ['throwsInVersion']);
      assert.match(messages[0]!.message, /NullPointerException on Apache HttpClient 5\.x 5\.6\.0, .*fixed in 5\.6\.1/);
    });

    it('the JDK client follows the release: 30 s from a build for 21, both defaults named for one for 11', () => {
      const jdk = 'import java.net.http.HttpClient;\nclass Client {\n  final HttpClient client = HttpClient.newHttpClient();\n}\n';
      const modern = project('jdk21', { 'pom.xml': pom('<properties><maven.compiler.release>21</maven.compiler.release></properties>') });
      const older = project('jdk11', { 'pom.xml': pom('<properties><maven.compiler.release>11</maven.compiler.release></properties>') });
      const [onModern] = lint(modern, jdk, ['require-idle-timeout-below-server']);
      assert.match(onModern!.message, /keeps idle sockets for 30 s \(`jdk\.httpclient\.keepalive\.timeout` unset: the default on JDK >=21\)/);
      // Compiled for 11, it may run on 21: only a server closing before 30 s is certain to be too short.
      const [onOlder] = lint(older, jdk, ['require-idle-timeout-below-server']);
      assert.match(onOlder!.message, /the JDK's default, 30 s on JDK >=20 and 20 min on JDK <20 \(the build targets JDK >=11\)/);
      assert.deepEqual(lint(older, jdk, ['require-idle-timeout-below-server'], { servers: ['aws-alb'] }), []);
      assert.equal(lint(older, jdk, ['require-idle-timeout-below-server'], { servers: ['aws-alb'], java: '17' }).length, 1);
    });
  });
});
