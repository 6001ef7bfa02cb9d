'use strict';
// The versions of the lab's system parts, as the installed tools report them, for docs/lab.md.
const { spawnSync } = require('node:child_process');

const PATH = `${process.env.PATH}:/usr/sbin`;

/** A tool's version line (stdout or stderr), or `<what> not found`. */
function toolOutput(command, args, what) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, PATH } });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0];
  return result.status === 0 && text ? text : `${what} not found`;
}

const nginxVersion = () => toolOutput('nginx', ['-v'], 'nginx').replace('nginx version: ', '');

/** The JDK, Go and the Debian packages of the Java client libraries. */
function javaGoVersions() {
  const packages = ['libhttpasyncclient-java', 'libhttpclient-java', 'libhttpclient5-java', 'libokhttp-java']
    .map((name) => `${name} ${toolOutput('dpkg-query', ['-W', '-f=${Version}', name], 'package')}`);
  return [toolOutput('javac', ['-version'], 'javac'), toolOutput('go', ['version'], 'go'), ...packages].join(', ');
}

module.exports = { nginxVersion, javaGoVersions };
