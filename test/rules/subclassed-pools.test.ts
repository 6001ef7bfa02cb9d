import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

/**
 * Pools built through a subclass of a pool constructor: what the subclass's constructor passes to its base, merged
 * with what each `new Sub(…)` passes to it. Options fixed in the class are judged once, at its `super(…)`; options
 * that depend on the arguments are judged at each construction, and the suggestion edits the literal written there.
 */

/** One `missingIdleTimeout` at `reported`, whose suggestion gives `output`. */
function missingIdle(code: string, reported: string, output: string, occurrence = 0) {
  return {
    code,
    errors: [{ messageId: 'missingIdleTimeout' as const, ...locate(code, reported, occurrence), suggestions: [{ messageId: 'addIdleTimeout' as const, output }] }],
  };
}

const API_AGENT = `import https from 'node:https';
class ApiAgent extends https.Agent {
  constructor(options: object = {}) {
    super({ keepAlive: true, maxSockets: 4, ...options });
  }
}
`;

ruleTester.run('require-idle-timeout', keepalive.rules['require-idle-timeout'], {
  valid: [
    // Built elsewhere: inside the class, the options may still set `keepAlive` and `timeout`.
    `${API_AGENT}export { ApiAgent };`,
    // Each construction gives the idle timeout.
    `${API_AGENT}export const agent = new ApiAgent({ timeout: 3000 });`,
    // The class sets it, whatever the arguments.
    "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ ...o, keepAlive: true, timeout: 3000 }); } } new A({});",
    // A subclass that decides itself when idle sockets close: its idle time is unknown.
    "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ keepAlive: true, ...o }); } keepSocketAlive(socket: unknown) { return !!socket; } } new A({});",
    "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ keepAlive: true, ...o }); this.on('free', (s: { setTimeout(ms: number): void }) => s.setTimeout(2000)); } } new A({});",
    "import http from 'http'; class A extends http.Agent { constructor() { super({ keepAlive: true }); } freeSocketTimeout() { return 2000; } } new A();",
    "const https = require('https'); const util = require('util'); function A(o) { https.Agent.call(this, { keepAlive: true, ...o }); } util.inherits(A, https.Agent); A.prototype.keepSocketAlive = function () { return true; }; new A({});",
    // What the constructor passes cannot be seen: a rest of its argument, two different calls, a parameter mixin.
    "import http from 'http'; class A extends http.Agent { constructor({ proxy, ...rest }: { proxy: string }) { super(rest); } } new A({ proxy: 'p' });",
    "import http from 'http'; class A extends http.Agent { constructor(o: object, fast: boolean) { if (fast) super({ keepAlive: true, ...o }); else super({ ...o }); } } new A({}, true);",
    "import http from 'http'; const mix = (Base: typeof http.Agent) => class extends Base { constructor() { super({ keepAlive: true }); } }; new (mix(http.Agent))();",
    // Not a pool constructor.
    "import { EventEmitter } from 'events'; class A extends EventEmitter { constructor() { super({ keepAlive: true } as never); } } new A();",
  ],
  invalid: [
    // The options depend on the arguments: each construction is judged, and its own literal gets the timeout.
    missingIdle(
      `${API_AGENT}export const agent = new ApiAgent({ maxSockets: 8 });`,
      'new ApiAgent({ maxSockets: 8 })',
      `${API_AGENT}export const agent = new ApiAgent({ maxSockets: 8, timeout: 4000 });`,
    ),
    missingIdle(`${API_AGENT}export const agent = new ApiAgent();`, 'new ApiAgent()', `${API_AGENT}export const agent = new ApiAgent({ timeout: 4000 });`),
    // Options the class fixes: one finding, at `super(…)`, for every construction.
    {
      code: "import http from 'http';\nclass Fixed extends http.Agent {\n  constructor() {\n    super({ keepAlive: true, maxSockets: 4 });\n  }\n}\nexport const a = new Fixed();\nexport const b = new Fixed();",
      errors: [
        {
          messageId: 'missingIdleTimeout',
          ...locate("import http from 'http';\nclass Fixed extends http.Agent {\n  constructor() {\n    super({ keepAlive: true, maxSockets: 4 });\n  }\n}\nexport const a = new Fixed();\nexport const b = new Fixed();", 'super({ keepAlive: true, maxSockets: 4 })'),
          data: {
            label: '`new Fixed()`',
            option: 'timeout',
            why: " (and Node ignores the server's Keep-Alive: timeout= hint without it)",
            target: 'Node.js (assumed)',
            targetIdle: '5 s',
            margin: '1 s',
            value: '4000',
            failure: 'ECONNRESET, "socket hang up"',
          },
          suggestions: [
            {
              messageId: 'addIdleTimeout',
              output: "import http from 'http';\nclass Fixed extends http.Agent {\n  constructor() {\n    super({ keepAlive: true, maxSockets: 4, timeout: 4000 });\n  }\n}\nexport const a = new Fixed();\nexport const b = new Fixed();",
            },
          ],
        },
      ],
    },
    // No constructor of its own: the arguments reach the base as they are.
    missingIdle(
      "import https from 'https'; class Plain extends https.Agent {} new Plain({ keepAlive: true });",
      'new Plain({ keepAlive: true })',
      "import https from 'https'; class Plain extends https.Agent {} new Plain({ keepAlive: true, timeout: 4000 });",
    ),
    missingIdle(
      "import https from 'https'; class Rest extends https.Agent { constructor(...args: [object]) { super(...args); } } new Rest({ keepAlive: true });",
      'new Rest({ keepAlive: true })',
      "import https from 'https'; class Rest extends https.Agent { constructor(...args: [object]) { super(...args); } } new Rest({ keepAlive: true, timeout: 4000 });",
    ),
    // A class a factory returns, constructed through the factory's result.
    missingIdle(
      "import http from 'http'; function makeAgent() { return class extends http.Agent { constructor(o: object) { super({ keepAlive: true, ...o }); } }; } const Made = makeAgent(); new Made({ maxSockets: 2 });",
      'new Made({ maxSockets: 2 })',
      "import http from 'http'; function makeAgent() { return class extends http.Agent { constructor(o: object) { super({ keepAlive: true, ...o }); } }; } const Made = makeAgent(); new Made({ maxSockets: 2, timeout: 4000 });",
    ),
    // util.inherits with `Base.call(this, …)`, in a CommonJS file.
    missingIdle(
      "const https = require('https'); const util = require('util'); function Legacy(opts) { https.Agent.call(this, { keepAlive: true, ...opts }); } util.inherits(Legacy, https.Agent); module.exports = new Legacy({ maxSockets: 1 });",
      'new Legacy({ maxSockets: 1 })',
      "const https = require('https'); const util = require('util'); function Legacy(opts) { https.Agent.call(this, { keepAlive: true, ...opts }); } util.inherits(Legacy, https.Agent); module.exports = new Legacy({ maxSockets: 1, timeout: 4000 });",
    ),
    missingIdle(
      "const https = require('https'); function Legacy() { https.Agent.call(this, { keepAlive: true }); } require('util').inherits(Legacy, https.Agent);",
      'https.Agent.call(this, { keepAlive: true })',
      "const https = require('https'); function Legacy() { https.Agent.call(this, { keepAlive: true, timeout: 4000 }); } require('util').inherits(Legacy, https.Agent);",
    ),
    // A subclass of a subclass: its `super(…)` constructs the first one with fixed options.
    missingIdle(
      "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ keepAlive: true, ...o }); } } class B extends A { constructor() { super({ maxSockets: 2 }); } } export const b = new B();",
      'super({ maxSockets: 2 })',
      "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ keepAlive: true, ...o }); } } class B extends A { constructor() { super({ maxSockets: 2, timeout: 4000 }); } } export const b = new B();",
    ),
    // Every export of agentkeepalive: `HttpAgent` is the default export under its own name.
    missingIdle(
      "import { HttpAgent } from 'agentkeepalive'; new HttpAgent({ freeSocketTimeout: 0, timeout: 0 });",
      'new HttpAgent({ freeSocketTimeout: 0, timeout: 0 })',
      "import { HttpAgent } from 'agentkeepalive'; new HttpAgent({ freeSocketTimeout: 4000, timeout: 0 });",
    ),
  ],
});

ruleTester.run('require-idle-timeout-below-server', keepalive.rules['require-idle-timeout-below-server'], {
  valid: ["import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ keepAlive: true, timeout: 3000, ...o }); } } new A({});"],
  invalid: [
    // Set in the class after the arguments: reported once, at the class, however many constructions there are.
    {
      code: "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ ...o, keepAlive: true, timeout: 60000 }); } } new A({}); new A({ maxSockets: 2 });",
      errors: [
        {
          messageId: 'idleTimeoutNotBelowServer',
          ...locate("import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ ...o, keepAlive: true, timeout: 60000 }); } } new A({}); new A({ maxSockets: 2 });", 'timeout: 60000'),
          suggestions: [
            {
              messageId: 'useCappedIdleTimeout',
              output: "import http from 'http'; class A extends http.Agent { constructor(o: object) { super({ ...o, keepAlive: true, timeout: 4000 }); } } new A({}); new A({ maxSockets: 2 });",
            },
          ],
        },
      ],
    },
    // An agentkeepalive subclass with a default the arguments do not override here.
    {
      code: "import Agent from 'agentkeepalive'; class K extends Agent { constructor(o: object) { super({ freeSocketTimeout: 30000, ...o }); } } new K({ maxSockets: 1 });",
      errors: [
        {
          messageId: 'idleTimeoutNotBelowServer',
          ...locate("import Agent from 'agentkeepalive'; class K extends Agent { constructor(o: object) { super({ freeSocketTimeout: 30000, ...o }); } } new K({ maxSockets: 1 });", 'freeSocketTimeout: 30000'),
          suggestions: [
            {
              messageId: 'useCappedIdleTimeout',
              output: "import Agent from 'agentkeepalive'; class K extends Agent { constructor(o: object) { super({ freeSocketTimeout: 4000, ...o }); } } new K({ maxSockets: 1 });",
            },
          ],
        },
      ],
    },
  ],
});
