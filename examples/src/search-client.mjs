// Full-text search client. The search cluster closes idle connections after 5 s.
import Agent, { HttpsAgent } from 'agentkeepalive';

// 30 s of idling against a 5 s server: agentkeepalive ignores the server's hint in favour of this value.
export const searchAgent = new HttpsAgent({ freeSocketTimeout: 30_000, maxSockets: 50, maxFreeSockets: 10 });

// freeSocketKeepAliveTimeout is the 3.x name: it still works, with a deprecation warning at start-up.
export const suggestAgent = new Agent({ freeSocketKeepAliveTimeout: 3000, maxSockets: 10, maxFreeSockets: 5 });
