import { join } from 'node:path';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

/**
 * Options, constructors and pools that come from other modules of the same project, read from the files in
 * test/fixtures/project. A value written in another module is reported where it enters the linted file, and a
 * suggestion only ever edits a literal of the linted file. What cannot be read or parsed, and any `require(variable)`
 * or `import()`, stays unknown.
 */
const project = join(__dirname, '..', '..', 'fixtures', 'project');
const main = join(project, 'src', 'main.ts');
const HTTPS = "import https from 'node:https';\n";

function missingIdle(code: string, reported: string, output: string | null, filename = main) {
  return {
    code,
    filename,
    errors: [
      {
        messageId: 'missingIdleTimeout' as const,
        ...locate(code, reported),
        suggestions: output === null ? [] : [{ messageId: 'addIdleTimeout' as const, output }],
      },
    ],
  };
}

function tooLong(code: string, reported: string, output: string | null, occurrence = 0) {
  return {
    code,
    filename: main,
    errors: [
      {
        messageId: 'idleTimeoutNotBelowServer' as const,
        ...locate(code, reported, occurrence),
        suggestions: output === null ? [] : [{ messageId: 'useCappedIdleTimeout' as const, output }],
      },
    ],
  };
}

const valid = (code: string, filename = main) => ({ code, filename });

ruleTester.run('require-idle-timeout', keepalive.rules['require-idle-timeout'], {
  valid: [
    // The imported options set the idle timeout.
    valid(`${HTTPS}import { shortOptions } from './config';\nnew https.Agent(shortOptions);`),
    valid(`${HTTPS}import { ApiAgent } from './api-agent';\nnew ApiAgent({ timeout: 3000 });`),
    // Values no static reading can see, a module that does not parse or is not there, a package's own values.
    valid(`${HTTPS}import { fromEnvironment } from './unseen';\nnew https.Agent(fromEnvironment);`),
    valid(`${HTTPS}import { written } from './unseen';\nnew https.Agent(written);`),
    valid(`${HTTPS}import { agentOptions } from './broken';\nnew https.Agent(agentOptions);`),
    // The same module again: remembered as not parsing, and still unknown.
    valid(`${HTTPS}import * as broken from './broken';\nnew https.Agent(broken.agentOptions);`),
    valid(`${HTTPS}import { agentOptions } from './missing';\nnew https.Agent(agentOptions);`),
    valid(`${HTTPS}import { agentOptions } from 'some-config-package';\nnew https.Agent(agentOptions);`),
    // The linted file writes the key itself.
    valid(`${HTTPS}import { agentOptions } from './config';\n(agentOptions as Record<string, unknown>).timeout = Number(process.env.T);\nnew https.Agent(agentOptions);`),
    // Dynamic loads are never followed.
    valid(`${HTTPS}const configPath = './config';\nconst { agentOptions } = require(configPath);\nnew https.Agent(agentOptions);`),
    valid(`${HTTPS}const { agentOptions } = await import('./config.js');\nnew https.Agent(agentOptions);`),
    // A file that loads no tracked module follows its relative imports only when it names one: the word `fetch`
    // (a method here) is not enough.
    valid("import { KeepAliveAgent } from './pool';\nexport const client = { fetch: (url: string) => url };\nexport const agent = new KeepAliveAgent({ keepAlive: true });"),
    // Without the file's own name (an untitled buffer), no other module is read.
    valid(`${HTTPS}import { agentOptions } from './config';\nnew https.Agent(agentOptions);`, 'untitled.ts'),
  ],
  invalid: [
    // Imported whole: reported at the construction, and nothing in this file to edit.
    missingIdle(`${HTTPS}import { agentOptions } from './config';\nnew https.Agent(agentOptions);`, 'new https.Agent(agentOptions)', null),
    missingIdle(`${HTTPS}import defaults from './config';\nnew https.Agent(defaults);`, 'new https.Agent(defaults)', null),
    // Spread into a literal of this file: the timeout goes there.
    missingIdle(
      `${HTTPS}import { agentOptions } from './config';\nnew https.Agent({ ...agentOptions, maxSockets: 2 });`,
      'new https.Agent({ ...agentOptions, maxSockets: 2 })',
      `${HTTPS}import { agentOptions } from './config';\nnew https.Agent({ ...agentOptions, maxSockets: 2, timeout: 4000 });`,
    ),
    // A namespace, TypeScript's `.js` specifier for a `.ts` file, a barrel, CommonJS.
    missingIdle(`${HTTPS}import * as config from './config.js';\nnew https.Agent(config.agentOptions);`, 'new https.Agent(config.agentOptions)', null),
    missingIdle(`${HTTPS}import { agentOptions } from './index';\nnew https.Agent(agentOptions);`, 'new https.Agent(agentOptions)', null),
    missingIdle(`${HTTPS}const { agentOptions } = require('./config-cjs.cjs');\nnew https.Agent(agentOptions);`, 'new https.Agent(agentOptions)', null),
    missingIdle(`${HTTPS}const config = require('./config-cjs.cjs');\nnew https.Agent({ ...config.agentOptions });`, 'new https.Agent({ ...config.agentOptions })', `${HTTPS}const config = require('./config-cjs.cjs');\nnew https.Agent({ ...config.agentOptions, timeout: 4000 });`),
    // A constructor re-exported by a wrapper module, in a file that also names the module it wraps.
    missingIdle(
      `${HTTPS}import { KeepAliveAgent } from './pool';\nexport const agent = new KeepAliveAgent({ keepAlive: true });`,
      'new KeepAliveAgent({ keepAlive: true })',
      `${HTTPS}import { KeepAliveAgent } from './pool';\nexport const agent = new KeepAliveAgent({ keepAlive: true, timeout: 4000 });`,
    ),
    // The same in a file that loads no tracked module but names one (here in a comment).
    missingIdle(
      "import { KeepAliveAgent } from './pool';\n// one 'node:http' pool for the process\nexport const agent = new KeepAliveAgent({ keepAlive: true });",
      'new KeepAliveAgent({ keepAlive: true })',
      "import { KeepAliveAgent } from './pool';\n// one 'node:http' pool for the process\nexport const agent = new KeepAliveAgent({ keepAlive: true, timeout: 4000 });",
    ),
    // A subclass another module declares, constructed here with options it passes on.
    missingIdle(
      `${HTTPS}import { ApiAgent } from './api-agent';\nexport const agent = new ApiAgent({ maxSockets: 2 });`,
      'new ApiAgent({ maxSockets: 2 })',
      `${HTTPS}import { ApiAgent } from './api-agent';\nexport const agent = new ApiAgent({ maxSockets: 2, timeout: 4000 });`,
    ),
    missingIdle(
      `${HTTPS}import { DirectAgent } from './api-agent';\nexport const agent = new DirectAgent({ keepAlive: true });`,
      'new DirectAgent({ keepAlive: true })',
      `${HTTPS}import { DirectAgent } from './api-agent';\nexport const agent = new DirectAgent({ keepAlive: true, timeout: 4000 });`,
    ),
    // A package's own tests reach it by a relative path: `require('../')` is hpagent, through its package.json.
    missingIdle(
      "const http = require('node:http');\nconst { HttpProxyAgent } = require('../');\nmodule.exports = new HttpProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128' });",
      "new HttpProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128' })",
      "const http = require('node:http');\nconst { HttpProxyAgent } = require('../');\nmodule.exports = new HttpProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128', timeout: 4000 });",
      join(project, 'vendor', 'hpagent', 'test', 'proxy.test.js'),
    ),
  ],
});

ruleTester.run('require-idle-timeout-below-server', keepalive.rules['require-idle-timeout-below-server'], {
  valid: [valid(`${HTTPS}import { IDLE_MS } from './config';\nnew https.Agent({ keepAlive: true, timeout: IDLE_MS / 10 });`)],
  invalid: [
    // A constant from another module, used in a literal of this file: the value here is replaced.
    tooLong(
      `${HTTPS}import { IDLE_MS } from './config';\nnew https.Agent({ keepAlive: true, timeout: IDLE_MS });`,
      'timeout: IDLE_MS',
      `${HTTPS}import { IDLE_MS } from './config';\nnew https.Agent({ keepAlive: true, timeout: 4000 });`,
    ),
    // An option object spread here: reported at the spread, overridden by a property after it.
    tooLong(
      `${HTTPS}import { slowOptions } from './config';\nnew https.Agent({ ...slowOptions });`,
      'slowOptions',
      `${HTTPS}import { slowOptions } from './config';\nnew https.Agent({ ...slowOptions, timeout: 4000 });`,
      1,
    ),
    // Passed whole: reported at the name, no literal of this file to change.
    tooLong(`${HTTPS}import { slowOptions } from './config';\nnew https.Agent(slowOptions);`, 'slowOptions', null, 1),
    // The wrapper's undici Agent, in a file that also loads undici.
    tooLong(
      "import { request } from 'undici';\nimport { PoolAgent } from './pool';\nexport const get = (url: string) => request(url, { dispatcher: pool });\nconst pool = new PoolAgent({ keepAliveTimeout: 60_000 });",
      'keepAliveTimeout: 60_000',
      "import { request } from 'undici';\nimport { PoolAgent } from './pool';\nexport const get = (url: string) => request(url, { dispatcher: pool });\nconst pool = new PoolAgent({ keepAliveTimeout: 4000 });",
    ),
  ],
});

ruleTester.run('no-misleading-pool-options', keepalive.rules['no-misleading-pool-options'], {
  valid: [],
  invalid: [
    // A pool another module builds and exports, given to got unkeyed: got throws for it.
    {
      code: "import got from 'got';\nconst shared = require('./shared-agent.cjs');\nexport const get = (url: string) => got(url, { agent: shared });",
      filename: main,
      errors: [
        {
          messageId: 'poolNotKeyedByProtocol',
          ...locate("import got from 'got';\nconst shared = require('./shared-agent.cjs');\nexport const get = (url: string) => got(url, { agent: shared });", 'agent: shared'),
          data: { request: '`got()`', option: 'agent', pool: '`new https.Agent()`', when: 'when the request is made' },
          suggestions: [
            {
              messageId: 'keyByProtocol',
              output: "import got from 'got';\nconst shared = require('./shared-agent.cjs');\nexport const get = (url: string) => got(url, { agent: { https: shared } });",
            },
          ],
        },
      ],
    },
  ],
});
