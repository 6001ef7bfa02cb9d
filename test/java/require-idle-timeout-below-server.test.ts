// Java cases of require-idle-timeout-below-server: every library and every way a value is written.
// Positions are located in each case's code; each suggestion's output is the whole fixed file.
import { locate } from '../rules/locate';
import { runJava, targets } from './java-tester';

/** HttpClient 4.x evictor: it sleeps as long as its idle time, so 5 s allows 10 s */
const below0 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom()
      .evictIdleConnections(5L, TimeUnit.SECONDS)
      .build();
}
`;

/** a constant keep-alive strategy (static final constant) */
const below1 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  static final long KEEP_ALIVE_MS = 10_000;
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> KEEP_ALIVE_MS).build();
}
`;

/** an anonymous strategy class returning 30 * 1000 */
const below2 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.HttpResponse;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.protocol.HttpContext;
class Client {
  CloseableHttpClient client = HttpClients.custom()
      .setKeepAliveStrategy(new ConnectionKeepAliveStrategy() {
        @Override
        public long getKeepAliveDuration(HttpResponse response, HttpContext context) {
          return 30 * 1000;
        }
      })
      .build();
}
`;

/** a method reference to a strategy whose every return folds */
const below3 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.HttpResponse;
import org.apache.http.protocol.HttpContext;
class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy(this::keepAlive).build();

  private long keepAlive(HttpResponse response, HttpContext context) {
    if (response.containsHeader("Keep-Alive")) {
      return TimeUnit.SECONDS.toMillis(20);
    }
    return 6_000;
  }
}
`;

/** seed: the idle-only sweeper behind nginx (closes connections idle 90 s, every 30 s) */
const below4 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
class Client {
  private final PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
  private final CloseableHttpClient client = HttpClients.custom().setConnectionManager(manager).build();

  Client() {
    sweeper.scheduleAtFixedRate(() -> {
      manager.closeExpiredConnections();
      manager.closeIdleConnections(90, TimeUnit.SECONDS);
    }, 30, 30, TimeUnit.SECONDS);
  }
}
`;

/** a sweeper thread that sleeps in a loop */
const below5 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
    new Thread(() -> {
      while (true) {
        manager.closeIdleConnections(3, TimeUnit.SECONDS);
        try { Thread.sleep(5000); } catch (InterruptedException e) { return; }
      }
    }).start();
    return HttpClients.custom().setConnectionManager(manager).build();
  }
}
`;

/** a connection manager's time-to-live bounds idle time too */
const below6 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom()
      .setConnectionManager(new PoolingHttpClientConnectionManager(10, TimeUnit.MINUTES))
      .build();
}
`;

/** HttpClient 5.x default: 3 min without a Keep-Alive header */
const below7 = `import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

class Client {
  CloseableHttpClient client = HttpClients.custom().build();
}
`;

/** HttpClient 5.x: the request config's keep-alive applies without a header */
const below8 = `import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.util.TimeValue;

class Client {
  Object client() {
    RequestConfig config = RequestConfig.custom().setConnectionKeepAlive(TimeValue.ofSeconds(30)).build();
    return HttpAsyncClients.custom().setDefaultRequestConfig(config).build();
  }
}
`;

/** HttpClient 5.x evictor without the version: the longest sleep any version uses (≈ 2 × idle) */
const below9 = `import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

class Client {
  Object client = HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(3)).setKeepAliveStrategy((response, context) -> TimeValue.ofMinutes(1)).build();
}
`;

/** HttpClient 5.6 ConnectionConfig.setIdleTimeout on the manager */
const below10 = `import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

class Client {
  Object client = HttpClients.custom()
      .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
          .setDefaultConnectionConfig(ConnectionConfig.custom().setIdleTimeout(Timeout.ofSeconds(8)).build())
          .build())
      .build();
}
`;

/** OkHttp ConnectionPool: 5 minutes */
const below11 = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  ConnectionPool pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
}
`;

/** OkHttp ConnectionPool with a static final constant and a statically imported unit */
const below12 = `import static java.util.concurrent.TimeUnit.SECONDS;
import okhttp3.ConnectionPool;

class Client {
  private static final long IDLE_SECONDS = 2 * 30;
  ConnectionPool pool = new ConnectionPool(5, IDLE_SECONDS, SECONDS);
}
`;

/** OkHttp ConnectionPool with TimeUnit.MINUTES.toMillis(2) and underscores */
const below13 = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  ConnectionPool pool = new ConnectionPool(10, TimeUnit.MINUTES.toMillis(2), TimeUnit.MILLISECONDS);
  long large = 1_000_000;
}
`;

/** new ConnectionPool(): 5 minutes */
const below14 = `import okhttp3.ConnectionPool;

class Client {
  ConnectionPool pool = new ConnectionPool();
}
`;

/** new OkHttpClient(): its own default pool */
const below15 = `import okhttp3.OkHttpClient;

class Client {
  private final OkHttpClient client = new OkHttpClient();
}
`;

/** OkHttpClient.Builder without connectionPool(…) */
const below16 = `import okhttp3.OkHttpClient;

class Client {
  private final OkHttpClient client = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .build();
}
`;

/** java.net.http with the property set in the file */
const below17 = `import java.net.http.HttpClient;

class Client {
  static {
    System.setProperty("jdk.httpclient.keepalive.timeout", "60");
  }
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;

/** java.net.http on JDK 17: 1200 s (no suggestion: a JVM-wide property) */
const below18 = `import java.net.http.HttpClient;

class Client {
  static final HttpClient CLIENT = HttpClient.newBuilder().build();
}
`;

/** java.net.http, release unknown: both defaults are too long for a 5 s server, and both are named */
const below19 = `import java.net.http.HttpClient;

class Client {
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;

/** Reactor Netty maxIdleTime from a constant Duration */
const below20 = `import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

class Client {
  private static final Duration IDLE = Duration.ofSeconds(90);
  ConnectionProvider provider = ConnectionProvider.builder("backend").maxIdleTime(IDLE).evictInBackground(Duration.ofSeconds(30)).build();
}
`;

/** Reactor Netty maxLifeTime bounds idle time too */
const below21 = `import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

class Client {
  ConnectionProvider provider = ConnectionProvider.builder("backend").maxLifeTime(Duration.ofMinutes(5)).build();
}
`;

/** Jetty HttpClient setIdleTimeout above the server */
const below22 = `import org.eclipse.jetty.client.HttpClient;

class Client {
  void start() throws Exception {
    HttpClient client = new HttpClient();
    client.setIdleTimeout(60_000);
    client.start();
  }
}
`;

/** Jetty HttpClient without a version: 30 s (Jetty 10 and later) */
const below23 = `import org.eclipse.jetty.client.HttpClient;

class Client {
  void start() throws Exception {
    HttpClient client = new HttpClient();
    client.start();
  }
}
`;

/** OkHttp ConnectionPool below the server */
const below24 = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  ConnectionPool pool = new ConnectionPool(5, 4, TimeUnit.SECONDS);
  ConnectionPool millis = new ConnectionPool(5, 4_000L, TimeUnit.MILLISECONDS);
}
`;

/** OkHttp durations from a parameter, a field set elsewhere or the configuration are unknown */
const below25 = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  private long configured;
  ConnectionPool field = new ConnectionPool(5, configured, TimeUnit.SECONDS);
  ConnectionPool property = new ConnectionPool(5, Long.getLong("idle.seconds", 300), TimeUnit.SECONDS);
  ConnectionPool pool(long idle) {
    return new ConnectionPool(5, idle, TimeUnit.SECONDS);
  }
}
`;

/** a Jedis ConnectionPool is not OkHttp's */
const below26 = `import redis.clients.jedis.ConnectionPool;
import java.util.concurrent.TimeUnit;

class Client {
  ConnectionPool pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
}
`;

/** OkHttp builder given a pool built elsewhere */
const below27 = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  OkHttpClient client(ConnectionPool pool) {
    return new OkHttpClient.Builder().connectionPool(pool).build();
  }
}
`;

/** HttpClient 5.x evictor on 5.6.1 or later (build file): bounded by idle + max(idle/10, 1 s) — checked in build-file tests; a local capped strategy here */
const below28 = `import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

class Client {
  Object client = HttpClients.custom()
      .setKeepAliveStrategy((response, context) -> {
        TimeValue server = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        long serverMs = server == null ? -1 : server.toMilliseconds();
        return TimeValue.ofMilliseconds(serverMs > 0 ? Math.min(serverMs, 4000) : 4000);
      })
      .build();
}
`;

/** a strategy capped only by Math.min can answer 0 (forever): unknown, not reported */
const below29 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
class Client {
  CloseableHttpClient client = HttpClients.custom()
      .setKeepAliveStrategy((response, context) -> Math.min(DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context), 4000))
      .build();
}
`;

/** java.net.http on JDK 21 against a 60 s balancer: 30 s is below */
const below30 = `import java.net.http.HttpClient;

class Client {
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;

/** java.net.http, release unknown, 60 s balancer: only the older default is too long, so nothing is reported */
const below31 = `import java.net.http.HttpClient;

class Client {
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;

/** a sweeper whose period cannot be seen leaves the idle time unknown */
const below32 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  private final PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
  private final CloseableHttpClient client = HttpClients.custom().setConnectionManager(manager).build();

  void sweep() {
    manager.closeIdleConnections(90, TimeUnit.SECONDS);
  }
}
`;

/** java.net.http with a keep-alive of `seconds` set in the file */
const jdkKeepAlive = (seconds: string): string => `import java.net.http.HttpClient;

class Client {
  static {
    System.setProperty("jdk.httpclient.keepalive.timeout", "${seconds}");
  }
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
`;
/** A server closing idle connections after 2.5 s, and one after 3.5 s (the fault lab's nginx for the JDK client). */
const server2500 = targets({ servers: [{ name: 'edge', idleTimeoutMs: 2500 }], marginMs: 200 });
const server3500 = targets({ servers: [{ name: 'edge', idleTimeoutMs: 3500 }], marginMs: 200 });

runJava('require-idle-timeout-below-server', {
  valid: [
    { name: "OkHttp ConnectionPool below the server", code: below24 },
    { name: "OkHttp durations from a parameter, a field set elsewhere or the configuration are unknown", code: below25 },
    { name: "a Jedis ConnectionPool is not OkHttp's", code: below26 },
    { name: "OkHttp builder given a pool built elsewhere", code: below27 },
    { name: "HttpClient 5.x evictor on 5.6.1 or later (build file): bounded by idle + max(idle/10, 1 s) — checked in build-file tests; a local capped strategy here", code: below28 },
    { name: "a strategy capped only by Math.min can answer 0 (forever): unknown, not reported", code: below29 },
    { name: "java.net.http on JDK 21 against a 60 s balancer: 30 s is below", code: below30, ...targets({"java":"21","servers":["aws-alb"]}) },
    { name: "java.net.http, release unknown, 60 s balancer: only the older default is too long, so nothing is reported", code: below31, ...targets({"servers":["aws-alb"]}) },
    { name: "a sweeper whose period cannot be seen leaves the idle time unknown", code: below32 },
    { name: "java.net.http with 2 s: kept up to the pool's 3 s sweep, still below a 5 s server", code: jdkKeepAlive('2') },
  ],
  invalid: [
    { name: "java.net.http with 2 s against a 2.5 s server: the pool keeps it up to its 3 s sweep (no property value can fix it)", code: jdkKeepAlive('2'), ...server2500, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(jdkKeepAlive('2'), 'setProperty("jdk.httpclient.keepalive.timeout", "2")'), suggestions: [] }] },
    { name: "java.net.http with 60 s against a 2.5 s server: no suggestion, whole seconds below the 3 s sweep do not help", code: jdkKeepAlive('60'), ...server2500, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(jdkKeepAlive('60'), 'setProperty("jdk.httpclient.keepalive.timeout", "60")'), suggestions: [] }] },
    { name: "java.net.http with 60 s against a 3.5 s server: 3 s, the lowest value the pool's sweep honours", code: jdkKeepAlive('60'), ...server3500, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(jdkKeepAlive('60'), 'setProperty("jdk.httpclient.keepalive.timeout", "60")'), suggestions: [{ messageId: 'setPropertySeconds', output: jdkKeepAlive('3') }] }] },
    { name: "HttpClient 4.x evictor: it sleeps as long as its idle time, so 5 s allows 10 s", code: below0, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below0, "evictIdleConnections(5L, TimeUnit.SECONDS)"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom()
      .evictIdleConnections(5L, TimeUnit.SECONDS)
      .setKeepAliveStrategy((response, context) -> {
        long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
      })
      .build();
}
` }] }] },
    { name: "a constant keep-alive strategy (static final constant)", code: below1, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below1, "setKeepAliveStrategy((response, context) -> KEEP_ALIVE_MS)"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  static final long KEEP_ALIVE_MS = 10_000;
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "an anonymous strategy class returning 30 * 1000", code: below2, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below2, "setKeepAliveStrategy(new ConnectionKeepAliveStrategy() {\n        @Override\n        public long getKeepAliveDuration(HttpResponse response, HttpContext context) {\n          return 30 * 1000;\n        }\n      })"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.HttpResponse;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.protocol.HttpContext;
class Client {
  CloseableHttpClient client = HttpClients.custom()
      .setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  })
      .build();
}
` }] }] },
    { name: "a method reference to a strategy whose every return folds", code: below3, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below3, "setKeepAliveStrategy(this::keepAlive)"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.HttpResponse;
import org.apache.http.protocol.HttpContext;
class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();

  private long keepAlive(HttpResponse response, HttpContext context) {
    if (response.containsHeader("Keep-Alive")) {
      return TimeUnit.SECONDS.toMillis(20);
    }
    return 6_000;
  }
}
` }] }] },
    { name: "seed: the idle-only sweeper behind nginx (closes connections idle 90 s, every 30 s)", code: below4, ...targets({"servers":["nginx"]}), errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below4, "closeIdleConnections(90, TimeUnit.SECONDS)"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
class Client {
  private final PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
  private final CloseableHttpClient client = HttpClients.custom().setConnectionManager(manager).setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 74000) : 74000;
  }).build();

  Client() {
    sweeper.scheduleAtFixedRate(() -> {
      manager.closeExpiredConnections();
      manager.closeIdleConnections(90, TimeUnit.SECONDS);
    }, 30, 30, TimeUnit.SECONDS);
  }
}
` }] }] },
    { name: "a sweeper thread that sleeps in a loop", code: below5, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below5, "closeIdleConnections(3, TimeUnit.SECONDS)"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
    new Thread(() -> {
      while (true) {
        manager.closeIdleConnections(3, TimeUnit.SECONDS);
        try { Thread.sleep(5000); } catch (InterruptedException e) { return; }
      }
    }).start();
    return HttpClients.custom().setConnectionManager(manager).setKeepAliveStrategy((response, context) -> {
      long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
      return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
    }).build();
  }
}
` }] }] },
    { name: "a connection manager's time-to-live bounds idle time too", code: below6, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below6, "new PoolingHttpClientConnectionManager(10, TimeUnit.MINUTES)"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom()
      .setConnectionManager(new PoolingHttpClientConnectionManager(10, TimeUnit.MINUTES))
      .setKeepAliveStrategy((response, context) -> {
        long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
      })
      .build();
}
` }] }] },
    { name: "HttpClient 5.x default: 3 min without a Keep-Alive header", code: below7, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below7, "HttpClients.custom().build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> {
    TimeValue server = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    long serverMs = server == null ? -1 : server.toMilliseconds();
    return TimeValue.ofMilliseconds(serverMs > 0 ? Math.min(serverMs, 4000) : 4000);
  }).build();
}
` }] }] },
    { name: "HttpClient 5.x: the request config's keep-alive applies without a header", code: below8, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below8, "setConnectionKeepAlive(TimeValue.ofSeconds(30))"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.util.TimeValue;

class Client {
  Object client() {
    RequestConfig config = RequestConfig.custom().setConnectionKeepAlive(TimeValue.ofSeconds(30)).build();
    return HttpAsyncClients.custom().setDefaultRequestConfig(config).setKeepAliveStrategy((response, context) -> {
      TimeValue server = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
      long serverMs = server == null ? -1 : server.toMilliseconds();
      return TimeValue.ofMilliseconds(serverMs > 0 ? Math.min(serverMs, 4000) : 4000);
    }).build();
  }
}
` }] }] },
    { name: "HttpClient 5.x evictor without the version: the longest sleep any version uses (≈ 2 × idle)", code: below9, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below9, "evictIdleConnections(TimeValue.ofSeconds(3))"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

class Client {
  Object client = HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(3)).setKeepAliveStrategy((response, context) -> {
    TimeValue server = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    long serverMs = server == null ? -1 : server.toMilliseconds();
    return TimeValue.ofMilliseconds(serverMs > 0 ? Math.min(serverMs, 4000) : 4000);
  }).build();
}
` }] }] },
    { name: "HttpClient 5.6 ConnectionConfig.setIdleTimeout on the manager", code: below10, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below10, "setIdleTimeout(Timeout.ofSeconds(8))"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

class Client {
  Object client = HttpClients.custom()
      .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
          .setDefaultConnectionConfig(ConnectionConfig.custom().setIdleTimeout(Timeout.ofSeconds(8)).build())
          .build())
      .setKeepAliveStrategy((response, context) -> {
        TimeValue server = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        long serverMs = server == null ? -1 : server.toMilliseconds();
        return TimeValue.ofMilliseconds(serverMs > 0 ? Math.min(serverMs, 4000) : 4000);
      })
      .build();
}
` }] }] },
    { name: "OkHttp ConnectionPool: 5 minutes", code: below11, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below11, "5, TimeUnit.MINUTES"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  ConnectionPool pool = new ConnectionPool(5, 4000, TimeUnit.MILLISECONDS);
}
` }] }] },
    { name: "OkHttp ConnectionPool with a static final constant and a statically imported unit", code: below12, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below12, "IDLE_SECONDS, SECONDS"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import static java.util.concurrent.TimeUnit.SECONDS;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

class Client {
  private static final long IDLE_SECONDS = 2 * 30;
  ConnectionPool pool = new ConnectionPool(5, 4000, TimeUnit.MILLISECONDS);
}
` }] }] },
    { name: "OkHttp ConnectionPool with TimeUnit.MINUTES.toMillis(2) and underscores", code: below13, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below13, "TimeUnit.MINUTES.toMillis(2), TimeUnit.MILLISECONDS"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  ConnectionPool pool = new ConnectionPool(10, 4000, TimeUnit.MILLISECONDS);
  long large = 1_000_000;
}
` }] }] },
    { name: "new ConnectionPool(): 5 minutes", code: below14, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below14, "new ConnectionPool()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

class Client {
  ConnectionPool pool = new ConnectionPool(5, 4000, TimeUnit.MILLISECONDS);
}
` }] }] },
    { name: "new OkHttpClient(): its own default pool", code: below15, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below15, "new OkHttpClient()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  private final OkHttpClient client = new OkHttpClient.Builder().connectionPool(new ConnectionPool(5, 4000, TimeUnit.MILLISECONDS)).build();
}
` }] }] },
    { name: "OkHttpClient.Builder without connectionPool(…)", code: below16, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below16, "new OkHttpClient.Builder()\n      .retryOnConnectionFailure(false)\n      .build()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

class Client {
  private final OkHttpClient client = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .connectionPool(new ConnectionPool(5, 4000, TimeUnit.MILLISECONDS))
      .build();
}
` }] }] },
    { name: "java.net.http with the property set in the file", code: below17, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below17, "setProperty(\"jdk.httpclient.keepalive.timeout\", \"60\")"), suggestions: [{ messageId: 'setPropertySeconds', output: `import java.net.http.HttpClient;

class Client {
  static {
    System.setProperty("jdk.httpclient.keepalive.timeout", "4");
  }
  static final HttpClient CLIENT = HttpClient.newHttpClient();
}
` }] }] },
    { name: "java.net.http on JDK 17: 1200 s (no suggestion: a JVM-wide property)", code: below18, ...targets({"java":"17","servers":["aws-alb"]}), errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below18, "HttpClient.newBuilder().build()") }] },
    { name: "java.net.http, release unknown: both defaults are too long for a 5 s server, and both are named", code: below19, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below19, "HttpClient.newHttpClient()") }] },
    { name: "Reactor Netty maxIdleTime from a constant Duration", code: below20, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below20, "maxIdleTime(IDLE)"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

class Client {
  private static final Duration IDLE = Duration.ofSeconds(90);
  ConnectionProvider provider = ConnectionProvider.builder("backend").maxIdleTime(Duration.ofMillis(4000)).evictInBackground(Duration.ofSeconds(30)).build();
}
` }] }] },
    { name: "Reactor Netty maxLifeTime bounds idle time too", code: below21, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below21, "maxLifeTime(Duration.ofMinutes(5))"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

class Client {
  ConnectionProvider provider = ConnectionProvider.builder("backend").maxLifeTime(Duration.ofMinutes(5)).maxIdleTime(Duration.ofMillis(4000)).build();
}
` }] }] },
    { name: "Jetty HttpClient setIdleTimeout above the server", code: below22, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below22, "setIdleTimeout(60_000)"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import org.eclipse.jetty.client.HttpClient;

class Client {
  void start() throws Exception {
    HttpClient client = new HttpClient();
    client.setIdleTimeout(4000);
    client.start();
  }
}
` }] }] },
    { name: "Jetty HttpClient without a version: 30 s (Jetty 10 and later)", code: below23, errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(below23, "new HttpClient()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import org.eclipse.jetty.client.HttpClient;

class Client {
  void start() throws Exception {
    HttpClient client = new HttpClient();
    client.setIdleTimeout(4000);
    client.start();
  }
}
` }] }] },
  ],
});
