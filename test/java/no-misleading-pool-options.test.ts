// Java cases of no-misleading-pool-options: builder options that do nothing where they are written.
// Positions are located in each case's code; each suggestion's output is the whole fixed file.
import { locate } from '../rules/locate';
import { runJava } from './java-tester';

/** time-to-live and pool sizes on a builder given its connection manager are ignored */
const misleading0 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client(PoolingHttpClientConnectionManager manager) {
    return HttpClients.custom()
        .setConnectionManager(manager)
        .setConnectionTimeToLive(30, TimeUnit.SECONDS)
        .setMaxConnTotal(200)
        .setMaxConnPerRoute(20)
        .build();
  }
}
`;

/** the builder starts no evictor for a shared connection manager */
const misleading1 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client(PoolingHttpClientConnectionManager manager) {
    return HttpClients.custom()
        .setConnectionManager(manager)
        .setConnectionManagerShared(true)
        .evictIdleConnections(30, TimeUnit.SECONDS)
        .build();
  }
}
`;

/** a sweeper calling only closeExpiredConnections() closes nothing without a header or a time-to-live */
const misleading2 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  private final PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
  private final CloseableHttpClient client = HttpClients.custom().setConnectionManager(manager).build();

  @Scheduled(fixedDelay = 30_000)
  void sweep() {
    manager.closeExpiredConnections();
  }
}
`;

/** the builder's own evictExpiredConnections() alone, the same */
const misleading3 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom().evictExpiredConnections().build();
}
`;

/** OkHttp throws for a keep-alive duration of 0 */
const misleading4 = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

class Client {
  ConnectionPool pool = new ConnectionPool(5, 0, TimeUnit.SECONDS);
}
`;

/** a time-to-live on a builder that creates its manager is applied */
const misleading5 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom().setConnectionTimeToLive(30, TimeUnit.SECONDS).setMaxConnTotal(200).build();
}
`;

/** an expired-only sweeper with a keep-alive strategy does close connections */
const misleading6 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  private final PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
  private final CloseableHttpClient client = HttpClients.custom().setConnectionManager(manager).setKeepAliveStrategy((response, context) -> 4000).build();

  @Scheduled(fixedDelay = 30_000)
  void sweep() {
    manager.closeExpiredConnections();
  }
}
`;

runJava('no-misleading-pool-options', {
  valid: [
    { name: "a time-to-live on a builder that creates its manager is applied", code: misleading5 },
    { name: "an expired-only sweeper with a keep-alive strategy does close connections", code: misleading6 },
  ],
  invalid: [
    { name: "time-to-live and pool sizes on a builder given its connection manager are ignored", code: misleading0, errors: [{ messageId: 'ignoredBesideManager', ...locate(misleading0, "setConnectionTimeToLive(30, TimeUnit.SECONDS)") }, { messageId: 'ignoredBesideManager', ...locate(misleading0, "setMaxConnTotal(200)") }, { messageId: 'ignoredBesideManager', ...locate(misleading0, "setMaxConnPerRoute(20)") }] },
    { name: "the builder starts no evictor for a shared connection manager", code: misleading1, errors: [{ messageId: 'evictorWithSharedManager', ...locate(misleading1, "evictIdleConnections(30, TimeUnit.SECONDS)") }] },
    { name: "a sweeper calling only closeExpiredConnections() closes nothing without a header or a time-to-live", code: misleading2, errors: [{ messageId: 'expiredOnlySweeper', ...locate(misleading2, "closeExpiredConnections()") }] },
    { name: "the builder's own evictExpiredConnections() alone, the same", code: misleading3, errors: [{ messageId: 'expiredOnlySweeper', ...locate(misleading3, "evictExpiredConnections()") }] },
    { name: "OkHttp throws for a keep-alive duration of 0", code: misleading4, errors: [{ messageId: 'zeroThrows', ...locate(misleading4, "0, TimeUnit.SECONDS") }] },
  ],
});
