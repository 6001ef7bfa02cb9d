import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * A client behind nginx as it shipped: HttpClient 4.5, a pooling connection manager, no keep-alive
 * strategy, and a sweeper thread that closes connections idle for 1 s, every second — longer than nginx's
 * keepalive_timeout (scaled down from 90 s against nginx's 75 s); automatic retries off, so every failure
 * reaches the caller.
 */
public class HttpClient45IdleSweeperRetriesOff {
  public static void main(String[] args) throws Exception {
    PoolingHttpClientConnectionManager connectionManager = new PoolingHttpClientConnectionManager();
    connectionManager.setMaxTotal(200);
    connectionManager.setDefaultMaxPerRoute(20);
    ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "idle-connection-sweeper");
      thread.setDaemon(true);
      return thread;
    });
    sweeper.scheduleAtFixedRate(() -> {
      connectionManager.closeExpiredConnections();
      connectionManager.closeIdleConnections(1000, TimeUnit.MILLISECONDS);
    }, 1000, 1000, TimeUnit.MILLISECONDS);
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
