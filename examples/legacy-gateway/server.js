'use strict';
// Behind the ALB: the idle timeout was raised, but on Node 10.15.2 - 12.18 the headers timer also runs while a
// kept-alive connection idles, so headersTimeout ≤ keepAliveTimeout closes it at headersTimeout anyway.
const http = require('http');

const server = http.createServer((request, response) => response.end('ok'));
server.keepAliveTimeout = 65000;
server.headersTimeout = 60000;
server.listen(8080);
