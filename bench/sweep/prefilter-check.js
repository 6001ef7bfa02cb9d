'use strict';
// Checks the checks that let a file skip module tracking (text scan, then tracked roots): a skipped file must
// hold no site at all.
const { join } = require('node:path');
const { REPO_ROOT } = require('../lint/corpus');
const { sourceCodeOf } = require('./linted-source');

// Internal modules of the built plugin (not part of its public exports), loaded by path for this check only.
const dist = join(REPO_ROOT, 'eslint-plugin', 'dist', 'languages');
const { findSites, mayHoldSites } = require(join(dist, 'js', 'sites.js'));
const java = require(join(dist, 'java', 'sites.js'));
const { mentionsTrackedPackage } = require(join(dist, 'java', 'mentions.js'));

/**
 * For a file the checks skip, runs the full tracking pass on the SourceCode the linter just built.
 * @returns {{ file: string, sites: number }[]} one entry when the checks hid sites, else none
 */
function prefilterMisses(linter, file, text, config) {
  const sourceCode = sourceCodeOf(linter, file, text, config);
  if (file.endsWith('.java')) {
    if (mentionsTrackedPackage(text)) return [];
    const sites = java.findSites(text, sourceCode.ast, file);
    const count = sites.clients.length + sites.servers.length;
    return count > 0 ? [{ file, sites: count }] : [];
  }
  if (mayHoldSites(sourceCode)) return [];
  const sites = findSites(sourceCode);
  const count = sites.clients.length + sites.requests.length + sites.servers.length;
  return count > 0 ? [{ file, sites: count }] : [];
}

module.exports = { prefilterMisses };
