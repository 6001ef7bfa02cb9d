// Java cases of no-per-request-pool: clients built for the call that uses them.
// Positions are located in each case's code; each suggestion's output is the whole fixed file.
import { locate } from '../rules/locate';
import { runJava, targets } from './java-tester';

/** an OkHttp client built in the method that sends the request */
const perRequest0 = `import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class Client {
  String fetch(String url) throws Exception {
    OkHttpClient client = new OkHttpClient.Builder().build();
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      return response.body().string();
    }
  }
}
`;

/** a client built for one call, inline */
const perRequest1 = `import okhttp3.OkHttpClient;
import okhttp3.Request;

class Client {
  void ping(Request request) throws Exception {
    new OkHttpClient().newCall(request).execute().close();
  }
}
`;

/** HttpClients.createDefault() in a loop, never closed */
const perRequest2 = `import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

class Client {
  void pollAll(java.util.List<String> urls) throws Exception {
    for (String url : urls) {
      CloseableHttpClient client = HttpClients.createDefault();
      client.execute(new HttpGet(url));
    }
  }
}
`;

/** java.net.http client per call */
const perRequest3 = `import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

class Client {
  String get(HttpRequest request) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
`;

/** a client closed with try-with-resources leaves nothing behind */
const perRequest4 = `import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

class Client {
  void get(String url) throws Exception {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      client.execute(new HttpGet(url));
    }
  }
}
`;

/** a client kept in a field, or built in a @Bean method, is the application’s pool */
const perRequest5 = `import okhttp3.OkHttpClient;

class Client {
  private final OkHttpClient client = new OkHttpClient();

  @Bean
  OkHttpClient okHttpClient() {
    OkHttpClient built = new OkHttpClient();
    built.newCall(null);
    return built;
  }
}
`;

/** a client returned to the caller is not confined */
const perRequest6 = `import okhttp3.OkHttpClient;

class Client {
  OkHttpClient create() {
    OkHttpClient client = new OkHttpClient();
    return client;
  }
}
`;

/** client.newBuilder() shares the pool */
const perRequest7 = `import okhttp3.OkHttpClient;

class Client {
  private static final OkHttpClient BASE = new OkHttpClient();

  OkHttpClient slow() {
    return BASE.newBuilder().build();
  }
}
`;

runJava('no-per-request-pool', {
  valid: [
    { name: "a client closed with try-with-resources leaves nothing behind", code: perRequest4 },
    { name: "a client kept in a field, or built in a @Bean method, is the application’s pool", code: perRequest5 },
    { name: "a client returned to the caller is not confined", code: perRequest6 },
    { name: "client.newBuilder() shares the pool", code: perRequest7 },
  ],
  invalid: [
    { name: "an OkHttp client built in the method that sends the request", code: perRequest0, errors: [{ messageId: 'clientPerRun', ...locate(perRequest0, "new OkHttpClient.Builder().build()") }] },
    { name: "a client built for one call, inline", code: perRequest1, errors: [{ messageId: 'clientPerRequest', ...locate(perRequest1, "new OkHttpClient()") }] },
    { name: "HttpClients.createDefault() in a loop, never closed", code: perRequest2, errors: [{ messageId: 'clientPerRun', ...locate(perRequest2, "HttpClients.createDefault()") }] },
    { name: "java.net.http client per call", code: perRequest3, ...targets({"servers":["aws-alb"]}), errors: [{ messageId: 'clientPerRun', ...locate(perRequest3, "HttpClient.newHttpClient()") }] },
  ],
});
