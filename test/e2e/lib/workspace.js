'use strict';
// Fresh copies of a fixture workspace, so tests may edit and save files without touching the
// committed fixtures. Packages the workspace's own code needs (an ESLint config importing a plugin)
// are linked into its node_modules, as `npm install` would have put them there.
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

/**
 * @param {string} fixtureDir the committed workspace
 * @param {{ packages?: Record<string, string>, prefix?: string }} [options]
 *   packages: package name -> folder holding its package.json, linked into node_modules/<name>
 * @returns {Promise<{ path: string, remove: () => Promise<void> }>}
 */
async function copyWorkspace(fixtureDir, { packages = {}, prefix = 'keepalive-e2e-ws-' } = {}) {
  const source = path.resolve(fixtureDir);
  await fsp.access(source).catch(() => {
    throw new Error(`fixture workspace not found: ${source}`);
  });
  // Outside the repository, so no ESLint config or package.json above the copy takes part.
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  const target = path.join(root, path.basename(source));
  const remove = () => fsp.rm(root, { recursive: true, force: true });
  try {
    await fsp.cp(source, target, { recursive: true });
    for (const [name, folder] of Object.entries(packages)) {
      const link = path.join(target, 'node_modules', name);
      await fsp.mkdir(path.dirname(link), { recursive: true });
      await fsp.symlink(path.resolve(folder), link, 'dir');
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { path: target, remove };
}

/** The folder of an installed package as Node resolves it from `fromDir` (for `packages` above). */
function packageFolder(name, fromDir) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [fromDir] }));
  } catch {
    throw new Error(`package ${name} is not installed under ${fromDir}; run "npm ci" first`);
  }
}

module.exports = { copyWorkspace, packageFolder };
