// Java cases of require-idle-timeout: pools that never close an idle connection themselves.
// Positions are located in each case's code; each suggestion's output is the whole fixed file.
import { locate } from '../rules/locate';
import { runJava, targets } from './java-tester';

/** HttpClient 4.x builder without a keep-alive strategy */
const idle0 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    return HttpClients.custom()
        .setMaxConnTotal(50)
        .build();
  }
}
`;

/** HttpClientBuilder.create() written on one line, fully qualified */
const idle1 = `class Client {
  Object client = org.apache.http.impl.client.HttpClientBuilder.create().build();
}
`;

/** an on-demand import makes the default strategy visible: no import added */
const idle2 = `import org.apache.http.impl.client.*;

class Client {
  CloseableHttpClient client = HttpClients.custom().build();
}
`;

/** HttpClients.createDefault() takes no strategy: the suggestion switches to custom() */
const idle3 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.createDefault();
}
`;

/** HttpClients.createSystem() keeps its system properties in the builder */
const idle4 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.createSystem();
}
`;

/** HttpClients.createMinimal() cannot take a strategy: no suggestion, the message says so */
const idle5 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.createMinimal();
}
`;

/** a builder split across statements on one local */
const idle6 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    HttpClientBuilder builder = HttpClientBuilder.create();
    builder.setMaxConnTotal(10);
    builder.disableAutomaticRetries();
    return builder.build();
  }
}
`;

/** the stale check is named for what it is: no idle timeout */
const idle7 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
    manager.setValidateAfterInactivity(200);
    return HttpClients.custom().setConnectionManager(manager).build();
  }
}
`;

/** a strategy answering -1 keeps connections with no expiry */
const idle8 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> -1).build();
}
`;

/** seed: the pool to an L4 VIP that silently drops flows idle 1800 s */
const idle9 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  private final CloseableHttpClient client = HttpClients.custom()
      .setConnectionManager(new PoolingHttpClientConnectionManager())
      .build();
}
`;

/** HttpAsyncClient 4.1 with no strategy */
const idle10 = `import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClients;

class Client {
  CloseableHttpAsyncClient client = HttpAsyncClients.custom().setMaxConnTotal(20).build();
}
`;

/** Reactor Netty provider without maxIdleTime */
const idle11 = `import reactor.netty.resources.ConnectionProvider;

class Client {
  ConnectionProvider provider = ConnectionProvider.builder("backend")
      .maxConnections(50)
      .build();
}
`;

/** Reactor Netty HttpClient.create(): the global pool has no max idle time */
const idle12 = `import reactor.netty.http.client.HttpClient;

class Client {
  private final HttpClient client = HttpClient.create();
}
`;

/** Reactor Netty HttpClient.create() on every call: no suggestion (a provider per call would be a pool per call) */
const idle13 = `import reactor.netty.http.client.HttpClient;

class Client {
  HttpClient client() {
    return HttpClient.create();
  }
}
`;

/** ConnectionProvider.create(name): the builder defaults, no idle timeout */
const idle14 = `import reactor.netty.resources.ConnectionProvider;

class Client {
  ConnectionProvider provider = ConnectionProvider.create("backend", 50);
}
`;

/** Jetty HttpClient with setIdleTimeout(0): no idle timeout */
const idle15 = `import org.eclipse.jetty.client.HttpClient;

class Client {
  final HttpClient client = new HttpClient();

  Client() throws Exception {
    client.setIdleTimeout(0);
    client.start();
  }
}
`;

/** the capped strategy the suggestion writes */
const idle16 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
class Client {
  CloseableHttpClient client = HttpClients.custom()
      .setKeepAliveStrategy((response, context) -> {
        long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
      })
      .build();
}
`;

/** a strategy from a parameter is unknown */
const idle17 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client(org.apache.http.conn.ConnectionKeepAliveStrategy strategy) {
    return HttpClients.custom().setKeepAliveStrategy(strategy).build();
  }
}
`;

/** a connection manager from a parameter may be swept elsewhere: unknown */
const idle18 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client(PoolingHttpClientConnectionManager manager) {
    return HttpClients.custom().setConnectionManager(manager).build();
  }
}
`;

/** a builder handed back unbuilt may get a strategy elsewhere */
const idle19 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  HttpClientBuilder builder() {
    return HttpClients.custom().setMaxConnTotal(10);
  }
}
`;

/** a builder configured only on some paths is unknown */
const idle20 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client(boolean capped) {
    HttpClientBuilder builder = HttpClients.custom();
    if (capped) builder.setKeepAliveStrategy((response, context) -> 1000);
    return builder.build();
  }
}
`;

/** NoConnectionReuseStrategy keeps no connection to go stale */
const idle21 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.NoConnectionReuseStrategy;
class Client {
  CloseableHttpClient client = HttpClients.custom().setConnectionReuseStrategy(NoConnectionReuseStrategy.INSTANCE).build();
}
`;

/** the file's own HttpClients class is not Apache's */
const idle22 = `import org.apache.http.client.HttpClient;

class Client {
  static class HttpClients { static HttpClient createDefault() { return null; } }
  HttpClient client = HttpClients.createDefault();
}
`;

/** a target that never closes idle connections needs no cap */
const idle23 = `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.createDefault();
}
`;

/** HttpClient 5.x keeps idle connections 3 min by default: a too-long timeout, not a missing one */
const idle24 = `import org.apache.hc.client5.http.impl.classic.HttpClients;

class Client {
  Object client = HttpClients.createDefault();
}
`;

/** Reactor Netty provider with a max idle time */
const idle25 = `import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

class Client {
  ConnectionProvider provider = ConnectionProvider.builder("backend").maxIdleTime(Duration.ofSeconds(4)).build();
}
`;

/** Reactor Netty newConnection() pools nothing */
const idle26 = `import reactor.netty.http.client.HttpClient;

class Client {
  HttpClient client = HttpClient.newConnection();
}
`;

runJava('require-idle-timeout', {
  valid: [
    { name: "the capped strategy the suggestion writes", code: idle16 },
    { name: "a strategy from a parameter is unknown", code: idle17 },
    { name: "a connection manager from a parameter may be swept elsewhere: unknown", code: idle18 },
    { name: "a builder handed back unbuilt may get a strategy elsewhere", code: idle19 },
    { name: "a builder configured only on some paths is unknown", code: idle20 },
    { name: "NoConnectionReuseStrategy keeps no connection to go stale", code: idle21 },
    { name: "the file's own HttpClients class is not Apache's", code: idle22 },
    { name: "a target that never closes idle connections needs no cap", code: idle23, ...targets({"servers":["go-net-http"]}) },
    { name: "HttpClient 5.x keeps idle connections 3 min by default: a too-long timeout, not a missing one", code: idle24 },
    { name: "Reactor Netty provider with a max idle time", code: idle25 },
    { name: "Reactor Netty newConnection() pools nothing", code: idle26 },
  ],
  invalid: [
    { name: "HttpClient 4.x builder without a keep-alive strategy", code: idle0, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle0, "HttpClients.custom()\n        .setMaxConnTotal(50)\n        .build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    return HttpClients.custom()
        .setMaxConnTotal(50)
        .setKeepAliveStrategy((response, context) -> {
          long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
          return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
        })
        .build();
  }
}
` }] }] },
    { name: "HttpClientBuilder.create() written on one line, fully qualified", code: idle1, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle1, "org.apache.http.impl.client.HttpClientBuilder.create().build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;

class Client {
  Object client = org.apache.http.impl.client.HttpClientBuilder.create().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "an on-demand import makes the default strategy visible: no import added", code: idle2, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle2, "HttpClients.custom().build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.http.impl.client.*;

class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "HttpClients.createDefault() takes no strategy: the suggestion switches to custom()", code: idle3, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle3, "HttpClients.createDefault()"), suggestions: [{ messageId: 'buildWithCappedStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "HttpClients.createSystem() keeps its system properties in the builder", code: idle4, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle4, "HttpClients.createSystem()"), suggestions: [{ messageId: 'buildWithCappedStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom().useSystemProperties().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "HttpClients.createMinimal() cannot take a strategy: no suggestion, the message says so", code: idle5, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle5, "HttpClients.createMinimal()") }] },
    { name: "a builder split across statements on one local", code: idle6, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle6, "HttpClientBuilder.create()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    HttpClientBuilder builder = HttpClientBuilder.create().setKeepAliveStrategy((response, context) -> {
      long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
      return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
    });
    builder.setMaxConnTotal(10);
    builder.disableAutomaticRetries();
    return builder.build();
  }
}
` }] }] },
    { name: "the stale check is named for what it is: no idle timeout", code: idle7, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle7, "HttpClients.custom().setConnectionManager(manager).build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client() {
    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
    manager.setValidateAfterInactivity(200);
    return HttpClients.custom().setConnectionManager(manager).setKeepAliveStrategy((response, context) -> {
      long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
      return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
    }).build();
  }
}
` }] }] },
    { name: "a strategy answering -1 keeps connections with no expiry", code: idle8, errors: [{ messageId: 'strategyNeverExpires', ...locate(idle8, "HttpClients.custom().setKeepAliveStrategy((response, context) -> -1).build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  CloseableHttpClient client = HttpClients.custom().setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "seed: the pool to an L4 VIP that silently drops flows idle 1800 s", code: idle9, ...targets({"servers":["generic-l4-vip"]}), errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle9, "HttpClients.custom()\n      .setConnectionManager(new PoolingHttpClientConnectionManager())\n      .build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

class Client {
  private final CloseableHttpClient client = HttpClients.custom()
      .setConnectionManager(new PoolingHttpClientConnectionManager())
      .setKeepAliveStrategy((response, context) -> {
        long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        return serverMs > 0 ? Math.min(serverMs, 1799000) : 1799000;
      })
      .build();
}
` }] }] },
    { name: "HttpAsyncClient 4.1 with no strategy", code: idle10, errors: [{ messageId: 'missingIdleTimeoutUnlessHinted', ...locate(idle10, "HttpAsyncClients.custom().setMaxConnTotal(20).build()"), suggestions: [{ messageId: 'capKeepAliveStrategy', output: `import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClients;

class Client {
  CloseableHttpAsyncClient client = HttpAsyncClients.custom().setMaxConnTotal(20).setKeepAliveStrategy((response, context) -> {
    long serverMs = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
    return serverMs > 0 ? Math.min(serverMs, 4000) : 4000;
  }).build();
}
` }] }] },
    { name: "Reactor Netty provider without maxIdleTime", code: idle11, errors: [{ messageId: 'missingIdleTimeout', ...locate(idle11, "ConnectionProvider.builder(\"backend\")\n      .maxConnections(50)\n      .build()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

class Client {
  ConnectionProvider provider = ConnectionProvider.builder("backend")
      .maxConnections(50)
      .maxIdleTime(Duration.ofMillis(4000))
      .build();
}
` }] }] },
    { name: "Reactor Netty HttpClient.create(): the global pool has no max idle time", code: idle12, errors: [{ messageId: 'missingIdleTimeout', ...locate(idle12, "HttpClient.create()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import java.time.Duration;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

class Client {
  private final HttpClient client = HttpClient.create(ConnectionProvider.builder("http").maxConnections(500).maxIdleTime(Duration.ofMillis(4000)).build());
}
` }] }] },
    { name: "Reactor Netty HttpClient.create() on every call: no suggestion (a provider per call would be a pool per call)", code: idle13, errors: [{ messageId: 'missingIdleTimeout', ...locate(idle13, "HttpClient.create()") }] },
    { name: "ConnectionProvider.create(name): the builder defaults, no idle timeout", code: idle14, errors: [{ messageId: 'missingIdleTimeout', ...locate(idle14, "ConnectionProvider.create(\"backend\", 50)") }] },
    { name: "Jetty HttpClient with setIdleTimeout(0): no idle timeout", code: idle15, errors: [{ messageId: 'missingIdleTimeout', ...locate(idle15, "new HttpClient()"), suggestions: [{ messageId: 'setJavaIdleTimeout', output: `import org.eclipse.jetty.client.HttpClient;

class Client {
  final HttpClient client = new HttpClient();

  Client() throws Exception {
    client.setIdleTimeout(4000);
    client.start();
  }
}
` }] }] },
  ],
});
