'use strict';
// Compiles a Java client program (one public class, written as a user would) together with the lab's
// LabDriver against Debian's jars, once per run, and says how to start it.
const path = require('node:path');
const { labClasspath } = require('./classpaths');
const { buildOnce } = require('../programs/build-dir');
const { runTool } = require('../programs/run-tool');

const DRIVER = path.join(__dirname, 'LabDriver.java');
// A short-lived program: the first JIT tier and the serial collector start fastest.
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss512k'];

/** Resolves `{ command, args }` that run the compiled program (the lab appends the URL). */
function compileJava(file) {
  const source = path.resolve(file);
  const mainClass = path.basename(source, '.java');
  return buildOnce('java', source, async (dir) => {
    const classpath = labClasspath();
    await runTool(`javac ${path.basename(source)}`, 'javac', [
      '-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', '-nowarn', '-encoding', 'UTF-8',
      '-d', dir, '-cp', classpath.join(':'), DRIVER, source,
    ]);
    return { command: 'java', args: [...JVM_FLAGS, '-cp', [dir, ...classpath].join(':'), mainClass] };
  });
}

module.exports = { compileJava };
