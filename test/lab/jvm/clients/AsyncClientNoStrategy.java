import org.apache.http.Header;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClients;
import org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager;
import org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor;
import org.apache.http.util.EntityUtils;

/**
 * An RPC client as it shipped: HttpAsyncClient 4.1 with a pooling connection manager and no keep-alive
 * strategy. The server sends no Keep-Alive header, so the default strategy keeps idle connections forever.
 */
public class AsyncClientNoStrategy {
  public static void main(String[] args) throws Exception {
    PoolingNHttpClientConnectionManager connectionManager =
        new PoolingNHttpClientConnectionManager(new DefaultConnectingIOReactor());
    connectionManager.setMaxTotal(200);
    connectionManager.setDefaultMaxPerRoute(20);
    CloseableHttpAsyncClient client = HttpAsyncClients.custom()
        .setConnectionManager(connectionManager)
        .build();
    client.start();

    LabDriver.run(args, client, (url, body) -> {
      HttpPost post = new HttpPost(url);
      post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
      HttpResponse response = client.execute(post, null).get();
      EntityUtils.consume(response.getEntity());
      Header connection = response.getFirstHeader("X-Connection");
      return new LabDriver.Reply(response.getStatusLine().getStatusCode(), connection == null ? null : connection.getValue());
    });
  }
}
