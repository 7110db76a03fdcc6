package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.FormatsTest;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.server.DirectusServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code convert --to import -o DIR} writes is what a real Directus 11.11 imports: the four
 * examples and a flow with all 15 operation types are uploaded to {@code POST /utils/import/…}
 * (multipart, field {@code file}) and come back field by field; the server's own CSV, YAML and
 * JSON exports of them read back to the same flows. Every flow gets fresh ids and is inactive, so
 * nothing fires on a server others share; all are deleted afterwards.
 */
@Tag("directus")
class ServerAcceptsFormatsTest {

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> created = new ArrayList<>();
  private List<Flow> flows;

  @BeforeEach
  void freshCopies() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    flows = new ArrayList<>();
    List<Path> files = new ArrayList<>(Examples.flowFiles());
    files.add(Path.of("src/test/resources/formats/all-operations.json"));
    for (Path file : files) {
      flows.add(freshIds(FlowReader.read(file).single(), suffix));
    }
  }

  @AfterEach
  void deleteWhatWasCreated() throws Exception {
    for (String id : created) {
      send(HttpRequest.newBuilder(uri("/flows/" + id)).DELETE());
    }
  }

  @Test
  void theImportFilesAreAcceptedAndComeBackFieldByField() throws Exception {
    Path source = Files.writeString(dir.resolve("flows.json"), FlowWriter.write(flows, TargetFormat.CANONICAL));
    Path out = dir.resolve("import");
    CliRun convert = CliRun.of("convert", source.toString(), "--to", "import", "-o", out.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();

    flows.forEach(f -> created.add(f.id()));
    assertThat(upload("directus_flows", out.resolve("directus_flows.json")).statusCode()).isIn(200, 204);
    HttpResponse<String> ops = upload("directus_operations", out.resolve("directus_operations.json"));
    assertThat(ops.statusCode()).as(ops.body()).isIn(200, 204);

    String ids = String.join(",", flows.stream().map(Flow::id).toList());
    String rest = get("/flows?fields=*,operations.*&limit=-1&filter[id][_in]=" + ids);
    List<Flow> back = FlowReader.read(rest, "server.json").flows();
    assertSameFlows(back);
    assertThat(back).allSatisfy(f -> assertThat(f.dateCreated()).as("filled in by the server").isNotNull());

    for (String syntax : List.of("csv", "yaml", "json")) {
      String flowsExport = get("/flows?export=" + syntax + "&limit=-1&filter[id][_in]=" + ids);
      String opsExport = get("/operations?export=" + syntax + "&limit=-1&filter[flow][_in]=" + ids);
      FlowDocument exported = FlowReader.readSeparate(flowsExport, "directus_flows." + syntax, opsExport,
          "directus_operations." + syntax);
      assertSameFlows(exported.flows());
    }
  }

  @Test
  void theTemplateFlowsAreWhatTheServerExportsTooAndStudioIsRefused() throws Exception {
    Path source = Files.writeString(dir.resolve("flows.json"), FlowWriter.write(flows, TargetFormat.CANONICAL));
    CliRun studio = CliRun.of("convert", source.toString(), "--to", "studio");
    assertThat(studio.exitCode()).isEqualTo(2);
    assertThat(studio.err()).contains("404").contains("top-level array");
    // and the reason is still true: the bundle endpoint does not exist on this server
    HttpResponse<String> bundle = send(HttpRequest.newBuilder(uri("/utils/import"))
        .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--")));
    assertThat(bundle.statusCode()).isEqualTo(404);
  }

  private void assertSameFlows(List<Flow> back) {
    Map<String, Flow> byId = new HashMap<>();
    back.forEach(f -> byId.put(f.id(), f));
    assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(flows.stream().map(Flow::id).toList());
    for (Flow sent : flows) {
      Flow got = FormatsTest.sorted(FormatsTest.asImported(byId.get(sent.id())));
      Flow expected = FormatsTest.sorted(FormatsTest.asImported(sent));
      assertThat(got.name()).isEqualTo(expected.name());
      assertThat(got.status()).isEqualTo(Flow.INACTIVE);
      assertThat(got.trigger()).isEqualTo(expected.trigger());
      assertThat(got.options()).as(sent.name() + " options").isEqualTo(expected.options());
      assertThat(got.operation()).isEqualTo(expected.operation());
      assertThat(got.operations()).as(sent.name() + " operations").isEqualTo(expected.operations());
      assertThat(got).isEqualTo(expected);
    }
  }

  /** The flow with new ids everywhere (flow, operations, links) and a name no one else uses, inactive. */
  private static Flow freshIds(Flow flow, String suffix) {
    Map<String, String> ids = new HashMap<>();
    String flowId = UUID.randomUUID().toString();
    flow.operations().forEach(op -> ids.put(op.id(), UUID.randomUUID().toString()));
    List<Operation> ops = flow.operations().stream().map(o -> new Operation(ids.get(o.id()), o.name(), o.key(),
        o.type(), o.position(), o.options(), o.resolve() == null ? null : ids.get(o.resolve()),
        o.reject() == null ? null : ids.get(o.reject()), flowId, null, null, o.extra())).toList();
    return new Flow(flowId, "[flowsmith formats] " + flow.name() + " " + suffix, flow.icon(), flow.color(),
        flow.description(), Flow.INACTIVE, flow.trigger(), flow.accountability(), flow.options(),
        flow.operation() == null ? null : ids.get(flow.operation()), null, null, ops, flow.extra());
  }

  private HttpResponse<String> upload(String collection, Path file) throws Exception {
    String boundary = "flowsmith" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + file.getFileName() + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(uri("/utils/import/" + collection))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))));
  }

  private String get(String pathAndQuery) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.header("Authorization", "Bearer " + DirectusServer.token()).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Brackets in filter names are escaped; the rest of the query is already URL-safe. */
  private static URI uri(String pathAndQuery) {
    String escaped = pathAndQuery.replace("[", URLEncoder.encode("[", StandardCharsets.UTF_8))
        .replace("]", URLEncoder.encode("]", StandardCharsets.UTF_8));
    return URI.create(DirectusServer.url() + escaped);
  }
}
