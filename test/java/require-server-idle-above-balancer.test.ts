// Java cases of require-server-idle-above-balancer: Undertow, Vert.x, Jetty and embedded Tomcat behind a balancer.
// Positions are located in each case's code; each suggestion's output is the whole fixed file.
import { locate } from '../rules/locate';
import { runJava, targets } from './java-tester';

/** seed: Undertow keeps idle connections 60 s by default, not above a 60 s ALB */
const balancer0 = `import io.undertow.Undertow;

class Server {
  Undertow server = Undertow.builder()
      .addHttpListener(8080, "0.0.0.0")
      .build();
}
`;

/** Undertow NO_REQUEST_TIMEOUT below the balancer */
const balancer1 = `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server = Undertow.builder().setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 30 * 1000).build();
}
`;

/** Undertow IDLE_TIMEOUT also closes idle connections: the lower one counts */
const balancer2 = `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server = Undertow.builder()
      .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)
      .setServerOption(UndertowOptions.IDLE_TIMEOUT, 20_000)
      .build();
}
`;

/** Vert.x setIdleTimeout is in seconds unless a unit is set */
const balancer3 = `import io.vertx.core.http.HttpServerOptions;

class Server {
  HttpServerOptions options = new HttpServerOptions().setIdleTimeout(30);
}
`;

/** Vert.x with its unit written */
const balancer4 = `import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

class Server {
  void start(io.vertx.core.Vertx vertx) {
    HttpServerOptions options = new HttpServerOptions();
    options.setIdleTimeout(45_000);
    options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    vertx.createHttpServer(options).listen(8080);
  }
}
`;

/** Jetty ServerConnector: 30 s by default */
const balancer5 = `import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

class Main {
  public static void main(String[] args) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(8080);
    server.addConnector(connector);
    server.start();
  }
}
`;

/** embedded Tomcat: 60 s by default; the setting goes in before start() */
const balancer6 = `import org.apache.catalina.startup.Tomcat;

class Main {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setPort(8080);
    tomcat.start();
    tomcat.getServer().await();
  }
}
`;

/** embedded Tomcat keepAliveTimeout written as a connector property */
const balancer7 = `import org.apache.catalina.startup.Tomcat;

class Main {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("keepAliveTimeout", "20000");
    tomcat.start();
  }
}
`;

/** embedded Tomcat falls back to connectionTimeout */
const balancer8 = `import org.apache.catalina.startup.Tomcat;

class Main {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("connectionTimeout", "20000");
    tomcat.start();
  }
}
`;

/** Undertow above the balancer */
const balancer9 = `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server = Undertow.builder().setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 65_000).build();
}
`;

/** Vert.x default never closes idle connections */
const balancer10 = `import io.vertx.core.http.HttpServerOptions;

class Server {
  HttpServerOptions options = new HttpServerOptions().setPort(8080);
}
`;

/** a value from configuration is unknown */
const balancer11 = `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server(int idleMs) {
    return Undertow.builder().setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, idleMs).build();
  }
}
`;

/** no balancer in front: nothing to compare with */
const balancer12 = `import io.undertow.Undertow;

class Server {
  Undertow server = Undertow.builder().build();
}
`;

runJava('require-server-idle-above-balancer', {
  valid: [
    { name: "Undertow above the balancer", code: balancer9, ...targets({"frontedBy":["aws-alb"]}) },
    { name: "Vert.x default never closes idle connections", code: balancer10, ...targets({"frontedBy":["aws-alb"]}) },
    { name: "a value from configuration is unknown", code: balancer11, ...targets({"frontedBy":["aws-alb"]}) },
    { name: "no balancer in front: nothing to compare with", code: balancer12 },
  ],
  invalid: [
    { name: "seed: Undertow keeps idle connections 60 s by default, not above a 60 s ALB", code: balancer0, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer0, "Undertow.builder()\n      .addHttpListener(8080, \"0.0.0.0\")\n      .build()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server = Undertow.builder()
      .addHttpListener(8080, "0.0.0.0")
      .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 65000)
      .build();
}
` }] }] },
    { name: "Undertow NO_REQUEST_TIMEOUT below the balancer", code: balancer1, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer1, "Undertow.builder().setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 30 * 1000).build()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server = Undertow.builder().setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 65000).build();
}
` }] }] },
    { name: "Undertow IDLE_TIMEOUT also closes idle connections: the lower one counts", code: balancer2, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer2, "Undertow.builder()\n      .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)\n      .setServerOption(UndertowOptions.IDLE_TIMEOUT, 20_000)\n      .build()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import io.undertow.Undertow;
import io.undertow.UndertowOptions;

class Server {
  Undertow server = Undertow.builder()
      .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)
      .setServerOption(UndertowOptions.IDLE_TIMEOUT, 65_000)
      .build();
}
` }] }] },
    { name: "Vert.x setIdleTimeout is in seconds unless a unit is set", code: balancer3, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer3, "new HttpServerOptions()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

class Server {
  HttpServerOptions options = new HttpServerOptions().setIdleTimeout(65000).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
}
` }] }] },
    { name: "Vert.x with its unit written", code: balancer4, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer4, "new HttpServerOptions()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

class Server {
  void start(io.vertx.core.Vertx vertx) {
    HttpServerOptions options = new HttpServerOptions();
    options.setIdleTimeout(65_000);
    options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    vertx.createHttpServer(options).listen(8080);
  }
}
` }] }] },
    { name: "Jetty ServerConnector: 30 s by default", code: balancer5, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer5, "new ServerConnector(server)"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

class Main {
  public static void main(String[] args) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setIdleTimeout(65000);
    connector.setPort(8080);
    server.addConnector(connector);
    server.start();
  }
}
` }] }] },
    { name: "embedded Tomcat: 60 s by default; the setting goes in before start()", code: balancer6, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer6, "new Tomcat()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import org.apache.catalina.startup.Tomcat;

class Main {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setPort(8080);
    tomcat.getConnector().setProperty("keepAliveTimeout", "65000");
    tomcat.start();
    tomcat.getServer().await();
  }
}
` }] }] },
    { name: "embedded Tomcat keepAliveTimeout written as a connector property", code: balancer7, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer7, "new Tomcat()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import org.apache.catalina.startup.Tomcat;

class Main {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("keepAliveTimeout", "65000");
    tomcat.start();
  }
}
` }] }] },
    { name: "embedded Tomcat falls back to connectionTimeout", code: balancer8, ...targets({"frontedBy":["aws-alb"]}), errors: [{ messageId: 'serverIdleBelowBalancer', ...locate(balancer8, "new Tomcat()"), suggestions: [{ messageId: 'setKeepAliveTimeout', output: `import org.apache.catalina.startup.Tomcat;

class Main {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("connectionTimeout", "20000");
    tomcat.getConnector().setProperty("keepAliveTimeout", "65000");
    tomcat.start();
  }
}
` }] }] },
  ],
});
