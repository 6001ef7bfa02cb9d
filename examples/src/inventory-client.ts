// Inventory lookups through undici, the engine behind Node's fetch.
import { Agent, setGlobalDispatcher, request } from 'undici';

const MINUTE = 60_000;

// Idle sockets kept for 10 minutes, while the inventory service closes them after 5 s.
setGlobalDispatcher(new Agent({ keepAliveTimeout: 10 * MINUTE, connections: 50 }));

// Goes through an AWS NLB (350 s idle) that forgets idle flows: a server's Keep-Alive hint can stretch
// undici's idle time up to keepAliveMaxTimeout (600 s by default). No bound on connections either.
const warehouse = new Agent({ keepAliveTimeout: 4_000 });

export async function stockLevel(sku: string): Promise<number> {
  const { body } = await request(`http://warehouse.internal/stock/${sku}`, { dispatcher: warehouse });
  const { level } = (await body.json()) as { level: number };
  return level;
}
