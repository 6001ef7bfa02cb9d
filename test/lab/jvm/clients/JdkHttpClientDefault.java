import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client behind nginx as it shipped: the JDK's java.net.http.HttpClient with its default connection pool
 * (idle connections kept 1200 s on JDK 17); the JDK resends only GET and HEAD.
 */
public class JdkHttpClientDefault {
  public static void main(String[] args) throws Exception {
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
