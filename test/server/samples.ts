/** Documents the LSP tests open: each is a situation a user is in. */

/** CommonJS: a keep-alive agent that never closes its idle sockets. */
export const AGENT_WITHOUT_TIMEOUT_JS = `const http = require('http');
const agent = new http.Agent({ keepAlive: true });
module.exports = agent;
`;

/** TypeScript: the same mistake, written with a named import and a type annotation. */
export const AGENT_WITHOUT_TIMEOUT_TS = `import { Agent } from 'node:https';

export const agent: Agent = new Agent({ keepAlive: true, maxSockets: 50 });
`;

/** Three pools: one below nginx's 75 s, one with the default (never closed), one above it. */
export const THREE_AGENTS_JS = `const http = require('http');
const below = new http.Agent({ keepAlive: true, timeout: 30_000 });
const never = new http.Agent({ keepAlive: true });
const above = new http.Agent({ keepAlive: true, timeout: 90_000 });
module.exports = { below, never, above };
`;

/** A pool next to code that does not parse (a half-typed line). */
export const BROKEN_SYNTAX_JS = `const http = require('http');
const agent = new http.Agent({ keepAlive: true, timeout: 
`;

/** About 5 MB of minified-looking code that mentions a pool module. */
export function hugeMinifiedJs(): string {
  const chunk = 'var a0=require("http"),b0=function(c){return c*2+1};';
  return chunk.repeat(Math.ceil(5_000_000 / chunk.length));
}

/** Two Node.js servers behind a load balancer: one closes idle connections before it, one after. */
export const SERVERS_JS = `const http = require('node:http');
const api = http.createServer(handle);
api.keepAliveTimeout = 30_000;
const admin = http.createServer({ keepAliveTimeout: 65_000 }, handle);
function handle() {}
module.exports = { api, admin };
`;

/** Java: Apache HttpClient 4.5 with a pooling manager and no keep-alive strategy (kept forever without a header). */
export const HTTPCLIENT_WITHOUT_STRATEGY_JAVA = `import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

public class PaymentsClient {
  static CloseableHttpClient create() {
    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
    manager.setMaxTotal(200);
    return HttpClients.custom()
        .setConnectionManager(manager)
        .build();
  }
}
`;

/** Go: a server with a read timeout and no idle timeout, so net/http closes idle connections after 10 s. */
export const SERVER_WITHOUT_IDLE_TIMEOUT_GO = `package main

import (
	"net/http"
	"time"
)

func main() {
	server := &http.Server{
		Addr:         ":8080",
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	server.ListenAndServe()
}
`;
