'use strict';
// Checks the checks that let a file skip module tracking (text scan, then tracked roots): a skipped file must
// hold no site at all.
const { join } = require('node:path');
const { REPO_ROOT } = require('../lint/corpus');
const { sourceCodeOf } = require('./linted-source');

// Internal modules of the built plugin (not part of its public exports), loaded by path for this check only.
const dist = join(REPO_ROOT, 'eslint-plugin', 'dist', 'languages');
const js = require(join(dist, 'js', 'sites.js'));
const java = { ...require(join(dist, 'java', 'sites.js')), ...require(join(dist, 'java', 'mentions.js')) };
const go = { ...require(join(dist, 'go', 'sites.js')), ...require(join(dist, 'go', 'prefilter.js')) };

/**
 * For a file the checks skip, runs the full tracking pass on the SourceCode the linter just built.
 * @returns {{ file: string, sites: number }[]} one entry when the checks hid sites, else none
 */
function prefilterMisses(linter, file, text, config) {
  const sourceCode = sourceCodeOf(linter, file, text, config);
  if (file.endsWith('.java')) {
    if (java.mentionsTrackedPackage(text)) return [];
    const sites = java.findSites(text, sourceCode.ast, file);
    const count = sites.clients.length + sites.servers.length;
    return count > 0 ? [{ file, sites: count }] : [];
  }
  if (file.endsWith('.go')) {
    // Go: the text scan for the net/http import, against the full pass on the tree.
    if (go.mayImportNetHttp(text)) return [];
    const sites = go.findSites(sourceCode.ast, text);
    const count = sites.clients.length + sites.servers.length + sites.implicitClients.length;
    return count > 0 ? [{ file, sites: count }] : [];
  }
  if (js.mayHoldSites(sourceCode)) return [];
  const sites = js.findSites(sourceCode);
  const count = sites.clients.length + sites.requests.length + sites.servers.length;
  return count > 0 ? [{ file, sites: count }] : [];
}

module.exports = { prefilterMisses };
