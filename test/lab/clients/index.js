'use strict';
// Every client kind the lab drives, by name.
const clients = [
  require('./node-agent'),
  require('./undici-fetch'),
  require('./undici-request'),
  require('./agentkeepalive'),
  require('./axios'),
  require('./load-balancer'),
];

const byName = new Map(clients.map((client) => [client.name, client]));

function clientNamed(name) {
  const client = byName.get(name);
  if (!client) throw new Error(`unknown lab client "${name}" (known: ${[...byName.keys()].join(', ')})`);
  return client;
}

module.exports = { clients, clientNamed };
