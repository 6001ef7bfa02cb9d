// The web tier's own server sits behind the ALB of infra/main.tf (idle timeout 120 s).
import http from 'node:http';

const server = http.createServer((_request, response) => response.end('ok'));
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(3000);
