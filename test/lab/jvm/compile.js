'use strict';
// Compiles Java client programs (one public class each, written as a user would) together with the lab's
// LabDriver against Debian's jars, once per run, and says how to start them. A whole lab run compiles its
// programs in a few javac runs (one JVM start each) rather than one per program.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { labClasspath } = require('./classpaths');
const { buildOnce, buildRoot } = require('../programs/build-dir');
const { runTool } = require('../programs/run-tool');

const DRIVER = path.join(__dirname, 'LabDriver.java');
// A short-lived program: the first JIT tier and the serial collector start fastest.
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss512k'];
const JAVAC_FLAGS = ['-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', '-nowarn', '-encoding', 'UTF-8'];

const mainClass = (source) => path.basename(source, '.java');
const runCommand = (dir, classpath, source) => ({ command: 'java', args: [...JVM_FLAGS, '-cp', [dir, ...classpath].join(':'), mainClass(source)] });

async function javac(what, dir, classpath, sources) {
  await runTool(what, 'javac', [...JAVAC_FLAGS, '-d', dir, '-cp', classpath.join(':'), DRIVER, ...sources]);
}

/** Resolves `{ command, args }` that run the compiled program (the lab appends the URL). */
function compileJava(file) {
  const source = path.resolve(file);
  return buildOnce('java', source, async (dir) => {
    const classpath = labClasspath();
    await javac(`javac ${path.basename(source)}`, dir, classpath, [source]);
    return runCommand(dir, classpath, source);
  });
}

/**
 * Compiles many programs at once: sources with the same class name go to different javac runs (each in its
 * own directory), identical texts are compiled once. Resolves a Map from each given path to `{ command, args }`.
 */
async function compileJavaPrograms(files) {
  const classpath = labClasspath();
  const byText = new Map();
  for (const file of files) {
    const source = path.resolve(file);
    const hash = crypto.createHash('sha256').update(fs.readFileSync(source)).digest('hex');
    if (!byText.has(hash)) byText.set(hash, { source, files: [] });
    byText.get(hash).files.push(file);
  }
  const batches = [];
  for (const program of byText.values()) {
    let batch = batches.find((candidate) => !candidate.some((other) => mainClass(other.source) === mainClass(program.source)));
    if (!batch) batches.push((batch = []));
    batch.push(program);
  }
  const programs = new Map();
  for (const batch of batches) {
    const dir = fs.mkdtempSync(path.join(buildRoot(), 'java-batch-'));
    await javac(`javac ${batch.map((program) => path.basename(program.source)).join(' ')}`, dir, classpath, batch.map((program) => program.source));
    for (const program of batch) for (const file of program.files) programs.set(file, runCommand(dir, classpath, program.source));
  }
  return programs;
}

module.exports = { compileJava, compileJavaPrograms };
