import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client behind nginx as it shipped: the JDK's java.net.http.HttpClient with its pool's keep-alive set to
 * 60 s (a JVM-wide property, read when the first client is built); the JDK resends only GET and HEAD.
 */
public class JdkHttpClientKeepAlive60 {
  public static void main(String[] args) throws Exception {
    System.setProperty("jdk.httpclient.keepalive.timeout", "60");
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    LabDriver.run(args, () -> {}, (url, body) -> {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new LabDriver.Reply(response.statusCode(), response.headers().firstValue("X-Connection").orElse(null));
    });
  }
}
