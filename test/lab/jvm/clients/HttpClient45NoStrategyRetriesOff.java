import org.apache.http.Header;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.util.EntityUtils;

/**
 * A service client as it shipped: HttpClient 4.5 with a pooling connection manager and the default
 * keep-alive strategy, which keeps a connection forever when the server sends no Keep-Alive header;
 * automatic retries off, so every failure reaches the caller.
 */
public class HttpClient45NoStrategyRetriesOff {
  public static void main(String[] args) throws Exception {
    PoolingHttpClientConnectionManager connectionManager = new PoolingHttpClientConnectionManager();
    connectionManager.setMaxTotal(200);
    connectionManager.setDefaultMaxPerRoute(20);
    CloseableHttpClient client = HttpClients.custom()
        .setConnectionManager(connectionManager)
        .disableAutomaticRetries()
        .build();

    LabDriver.run(args, client, (url, body) -> {
      HttpPost post = new HttpPost(url);
      post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
      try (CloseableHttpResponse response = client.execute(post)) {
        EntityUtils.consume(response.getEntity());
        Header connection = response.getFirstHeader("X-Connection");
        return new LabDriver.Reply(response.getStatusLine().getStatusCode(), connection == null ? null : connection.getValue());
      }
    });
  }
}
