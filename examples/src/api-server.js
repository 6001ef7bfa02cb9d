'use strict';
// The public API, deployed behind an AWS Application Load Balancer (60 s idle timeout).
const express = require('express');

const app = express();
app.get('/health', (_request, response) => response.json({ ok: true }));

// Node ≤ 25 closes idle connections after 5 s: the ALB, which pools connections to us for 60 s, will
// reuse one we already closed and answer the caller with a 502.
const server = app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log(`listening on ${server.address().port}`);
});
