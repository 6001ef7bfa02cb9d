import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * A client behind nginx as it shipped: HttpClient 5.2 classic with a pooling connection manager and the
 * default keep-alive strategy (3 minutes when the server sends no Keep-Alive header); automatic retries
 * off, so every failure reaches the caller.
 */
public class HttpClient52DefaultRetriesOff {
  public static void main(String[] args) throws Exception {
    PoolingHttpClientConnectionManager connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(200)
        .setMaxConnPerRoute(20)
        .build();
    CloseableHttpClient client = HttpClients.custom()
        .setConnectionManager(connectionManager)
        .disableAutomaticRetries()
        .build();

    LabDriver.run(args, client, (url, body) -> {
      HttpPost post = new HttpPost(url);
      post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
      return client.execute(post, response -> {
        EntityUtils.consume(response.getEntity());
        Header connection = response.getFirstHeader("X-Connection");
        return new LabDriver.Reply(response.getCode(), connection == null ? null : connection.getValue());
      });
    });
  }
}
