'use strict';
// The jars of the Java client libraries, as Debian 12 installs them (test/lab/setup.sh). The unversioned
// names under /usr/share/java are symlinks to the packaged release, so a point upgrade needs no change here.
// Debian 12: HttpClient 4.5.14 + HttpCore 4.4.16, HttpAsyncClient 4.1.5 + HttpCore NIO 4.4.16,
// HttpClient 5.2.1 + HttpCore 5.2.1, OkHttp 3.13.1 + Okio 1.16.0 (both plain Java: no Kotlin runtime);
// java.net.http.HttpClient is part of the JDK. Their packages do not overlap, so every client program is
// compiled and run with all of them, as a user's application would be.
const fs = require('node:fs');
const path = require('node:path');

const JAR_DIR = '/usr/share/java';

const JARS_BY_LIBRARY = {
  'httpclient-4.5': ['httpclient', 'httpcore', 'commons-logging', 'commons-codec'],
  'httpasyncclient-4.1': ['httpasyncclient', 'httpcore-nio'],
  // slf4j-nop: HttpClient 5 logs through SLF4J, which warns on every start without a binding.
  'httpclient-5.2': ['httpclient5', 'httpcore5', 'httpcore5-h2', 'slf4j-api', 'slf4j-nop'],
  'okhttp-3.13': ['okhttp', 'okio'],
};

/** Every client library's jars, each checked to exist. */
function labClasspath() {
  return Object.values(JARS_BY_LIBRARY).flat().map((name) => {
    const jar = path.join(JAR_DIR, `${name}.jar`);
    if (!fs.existsSync(jar)) throw new Error(`${jar} is missing; run \`sh test/lab/setup.sh\` first`);
    return jar;
  });
}

module.exports = { labClasspath, JARS_BY_LIBRARY };
