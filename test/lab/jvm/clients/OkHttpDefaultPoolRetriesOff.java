import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A client behind nginx as it shipped: OkHttp 3 with its default connection pool (5 idle connections kept
 * for 5 minutes); retries on connection failure off, so every failure reaches the caller.
 */
public class OkHttpDefaultPoolRetriesOff {
  private static final MediaType JSON = MediaType.get("application/json");

  public static void main(String[] args) throws Exception {
    OkHttpClient client = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .build();

    LabDriver.run(args, () -> client.connectionPool().evictAll(), (url, body) -> {
      Request request = new Request.Builder().url(url).post(RequestBody.create(JSON, body)).build();
      try (Response response = client.newCall(request).execute()) {
        response.body().string();
        return new LabDriver.Reply(response.code(), response.header("X-Connection"));
      }
    });
  }
}
