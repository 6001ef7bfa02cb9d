import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The lab's side of a client program: the program builds its client as a user would and hands this a way
 * to send one POST with it. The lab process then drives the rounds over stdin, one command a line, and
 * reads one JSON line per request on stdout:
 *   post     send one POST now
 *   exit     close the client and exit
 * The lab decides when each request leaves, so the idle gaps are timed in one place for every language.
 */
public final class LabDriver {
  /** Sends one POST with `body` to `url` through the client under test. */
  @FunctionalInterface
  public interface Post {
    Reply send(String url, byte[] body) throws Exception;
  }

  /** The response's status and the server's X-Connection header (null when absent). */
  public static final class Reply {
    final int status;
    final String connection;

    public Reply(int status, String connection) {
      this.status = status;
      this.connection = connection;
    }
  }

  private static final byte[] BODY = "{\"command\":\"lab\"}".getBytes(StandardCharsets.UTF_8);

  private LabDriver() {}

  public static void run(String[] args, AutoCloseable client, Post post) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java <client class> <url>");
      System.exit(2);
    }
    String url = args[0];
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.out.println("{\"event\":\"ready\"}");
    System.out.flush();
    for (String command; (command = commands.readLine()) != null; ) {
      if (command.equals("exit")) break;
      if (!command.equals("post")) {
        System.out.println("{\"event\":\"error\",\"message\":" + quote("unknown command: " + command) + "}");
        System.out.flush();
        continue;
      }
      long startedAt = System.currentTimeMillis();
      String line;
      try {
        Reply reply = post.send(url, BODY);
        line = "{\"event\":\"response\",\"ok\":" + (reply.status == 200) + ",\"status\":" + reply.status
            + ",\"connection\":" + quote(reply.connection);
      } catch (Throwable thrown) {
        Throwable error = unwrap(thrown);
        line = "{\"event\":\"response\",\"ok\":false,\"error\":" + quote(error.getClass().getName())
            + ",\"message\":" + quote(String.valueOf(error.getMessage())) + ",\"causes\":" + causes(error);
      }
      long endedAt = System.currentTimeMillis();
      System.out.println(line + ",\"startedAt\":" + startedAt + ",\"endedAt\":" + endedAt + "}");
      System.out.flush();
    }
    client.close();
    // Library threads (pool sweepers, dispatchers) may not be daemons; the program is done.
    System.exit(0);
  }

  /** Futures wrap the client's own exception; report the client's. */
  private static Throwable unwrap(Throwable error) {
    while ((error instanceof ExecutionException || error instanceof CompletionException) && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }

  private static String causes(Throwable error) {
    List<String> names = new ArrayList<>();
    for (Throwable cause = error.getCause(); cause != null && names.size() < 5; cause = cause.getCause()) {
      names.add(quote(cause.getClass().getName() + ": " + cause.getMessage()));
    }
    return "[" + String.join(",", names) + "]";
  }

  private static String quote(String text) {
    if (text == null) return "null";
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') quoted.append('\\').append(c);
      else if (c < 0x20) quoted.append(String.format("\\u%04x", (int) c));
      else quoted.append(c);
    }
    return quoted.append('"').toString();
  }
}
