import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

/**
 * An options object written to after it is declared: only the keys written become unknown, so a pool whose idle
 * timeout nobody touches is still judged. Writes that can reach any key (a computed key, `Object.assign` with a
 * source that cannot be seen, the object handed to a function) still hide all of them.
 */

function missingIdle(code: string, reported: string, output: string) {
  return {
    code,
    errors: [{ messageId: 'missingIdleTimeout' as const, ...locate(code, reported), suggestions: [{ messageId: 'addIdleTimeout' as const, output }] }],
  };
}

ruleTester.run('require-idle-timeout', keepalive.rules['require-idle-timeout'], {
  valid: [
    // The key the rule needs is the one written.
    "import https from 'https'; const options = { keepAlive: true }; (options as { timeout?: number }).timeout = Number(process.env.IDLE_MS); new https.Agent(options);",
    "import https from 'https'; const options: Record<string, unknown> = { keepAlive: false }; options.keepAlive = true; options.timeout = 3000; new https.Agent(options);",
    "import https from 'https'; const options = { keepAlive: true, timeout: 3000 }; delete (options as { timeout?: number }).timeout; new https.Agent(options);",
    // Writes that may reach any key.
    "import https from 'https'; const options: Record<string, unknown> = { keepAlive: true }; declare const key: string; options[key] = 1; new https.Agent(options);",
    "import https from 'https'; const options = { keepAlive: true }; declare const extra: object; Object.assign(options, extra); new https.Agent(options);",
    "import https from 'https'; const options = { keepAlive: true }; declare function configure(o: object): void; configure(options); new https.Agent(options);",
    "import https from 'https'; const options = { keepAlive: true }; const alias: Record<string, unknown> = options; alias.timeout = 3000; new https.Agent(options);",
    // A `let` that is assigned again is not followed.
    "import https from 'https'; let options = { keepAlive: true }; options = { keepAlive: true, ...JSON.parse('{}') }; new https.Agent(options);",
    // A destructured default resolved to what it is.
    "import https from 'https'; const DEFAULTS = { keepAlive: false }; const { keepAlive } = { ...DEFAULTS }; new https.Agent({ keepAlive });",
  ],
  invalid: [
    // hpagent's options, with a TLS key set afterwards.
    missingIdle(
      "import { HttpsProxyAgent } from 'hpagent'; const opts: Record<string, unknown> = { keepAlive: true, maxSockets: 10, proxy: 'http://proxy:3128' }; opts.rejectUnauthorized = false; new HttpsProxyAgent(opts);",
      'new HttpsProxyAgent(opts)',
      "import { HttpsProxyAgent } from 'hpagent'; const opts: Record<string, unknown> = { keepAlive: true, maxSockets: 10, proxy: 'http://proxy:3128', timeout: 4000 }; opts.rejectUnauthorized = false; new HttpsProxyAgent(opts);",
    ),
    // A `let` whose other key is written.
    missingIdle(
      "import https from 'https'; let options: Record<string, unknown> = { keepAlive: true }; options.ca = 'pem'; new https.Agent(options);",
      'new https.Agent(options)',
      "import https from 'https'; let options: Record<string, unknown> = { keepAlive: true, timeout: 4000 }; options.ca = 'pem'; new https.Agent(options);",
    ),
    // Object.assign with a source whose keys are seen, a nested write, a read that writes nothing.
    missingIdle(
      "import https from 'https'; const options = { keepAlive: true, tls: {} }; Object.assign(options, { ca: 'pem' }); (options.tls as Record<string, unknown>).servername = 'x'; console.log(options); new https.Agent(options);",
      'new https.Agent(options)',
      "import https from 'https'; const options = { keepAlive: true, tls: {}, timeout: 4000 }; Object.assign(options, { ca: 'pem' }); (options.tls as Record<string, unknown>).servername = 'x'; console.log(options); new https.Agent(options);",
    ),
    // A key destructured from a constant built by spreading a constant default.
    missingIdle(
      "import https from 'https'; const DEFAULTS = { keepAlive: true } as const; const { keepAlive } = { ...DEFAULTS }; new https.Agent({ keepAlive });",
      'new https.Agent({ keepAlive })',
      "import https from 'https'; const DEFAULTS = { keepAlive: true } as const; const { keepAlive } = { ...DEFAULTS }; new https.Agent({ keepAlive, timeout: 4000 });",
    ),
    missingIdle(
      "import https from 'https'; const { keepAlive = true } = {} as { keepAlive?: boolean }; new https.Agent({ keepAlive });",
      'new https.Agent({ keepAlive })',
      "import https from 'https'; const { keepAlive = true } = {} as { keepAlive?: boolean }; new https.Agent({ keepAlive, timeout: 4000 });",
    ),
  ],
});
