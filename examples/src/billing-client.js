'use strict';
// Calls the billing API (a Node.js service: it closes idle connections after 5 s).
const http = require('node:http');

// Reused for every call, but idle sockets are never closed on this side.
const billingAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });

// keepAliveMsecs only sets the TCP keepalive probe delay: it closes nothing.
const refundsAgent = new http.Agent({ keepAlive: true, keepAliveMsecs: 4000, maxSockets: 5 });

function getInvoice(id) {
  return new Promise((resolve, reject) => {
    const request = http.get(`http://billing.internal/invoices/${id}`, { agent: billingAgent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body)));
    });
    request.on('error', reject);
  });
}

module.exports = { getInvoice, billingAgent, refundsAgent };
