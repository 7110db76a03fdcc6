package dev.flowsmith.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Writes flows into a temporary workspace folder, and calls a server like curl does. */
public final class TestWorkspace {

  private final Path root;

  public TestWorkspace(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("flows"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  /** One operation: {@code resolve}/{@code reject} are ids or null. */
  public static String op(String id, String type, String optionsJson, String resolve, String reject) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"key\":\"" + id + "\",\"type\":\"" + type
        + "\",\"position_x\":1,\"position_y\":1,\"options\":" + optionsJson + ",\"resolve\":" + quote(resolve)
        + ",\"reject\":" + quote(reject) + "}";
  }

  /** A flow whose entry is the first operation. */
  public TestWorkspace flow(String id, String status, String trigger, String optionsJson, String... operations) {
    List<String> ops = new ArrayList<>(List.of(operations));
    String entry = ops.isEmpty() ? null : ops.get(0).replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    String json = "{\"id\":\"" + id + "\",\"name\":\"Flow " + id + "\",\"status\":\"" + status
        + "\",\"trigger\":\"" + trigger + "\",\"accountability\":\"all\",\"options\":" + optionsJson
        + ",\"operation\":" + quote(entry) + ",\"operations\":[" + String.join(",", ops) + "]}";
    return write(id, json);
  }

  public TestWorkspace write(String name, String json) {
    try {
      Files.writeString(root.resolve("flows").resolve(name + ".json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static String quote(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> postJson(URI uri, String body) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
