package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.history.RunLogStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowsmith serve} in a thread: it listens, prints one line per run, and stops when interrupted. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void servesTheWorkspaceAndPrintsEachRun() throws Exception {
    new TestWorkspace(dir).flow("hello", "active", "webhook", "{}",
        TestWorkspace.op("t", "transform", "{\"json\":{\"hi\":\"{{$trigger.query.name}}\"}}", null, null));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = new Thread(() -> exit.set(FlowsmithCli.execute(
        new String[] {"serve", "--workspace", dir.toString(), "--port", "0"}, new PrintWriter(out),
        new PrintWriter(err))));
    serve.start();
    Matcher listening = await(out, Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+/flows/trigger/)"));

    var response = TestWorkspace.get(URI.create(listening.group(1) + "hello?name=Ada"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"hi\":\"Ada\"}");
    await(out, Pattern.compile("Flow hello {2}webhook {2}resolve {2}\\d+\\.\\d ms"));
    assertThat(out.toString()).contains("GET " + listening.group(1) + "hello  Flow hello");

    serve.interrupt();
    serve.join(TimeUnit.SECONDS.toMillis(20));
    assertThat(serve.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
    assertThat(out.toString()).endsWith("Stopped." + System.lineSeparator());
  }

  @Test
  void logLinesGoToStderrAndEveryRunIsPrintedBeforeStopped() throws Exception {
    new TestWorkspace(dir).flow("hello", "active", "webhook", "{}",
        TestWorkspace.op("lg", "log", "{\"message\":\"hi {{$trigger.query.name}}\"}", null, null));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread serve = new Thread(() -> FlowsmithCli.execute(
        new String[] {"serve", "--workspace", dir.toString(), "--port", "0"}, new PrintWriter(out),
        new PrintWriter(err)));
    serve.start();
    Matcher listening = await(out, Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+/flows/trigger/)"));
    for (String name : new String[] {"Ada", "Grace"}) {
      assertThat(TestWorkspace.get(URI.create(listening.group(1) + "hello?name=" + name)).statusCode()).isEqualTo(204);
    }
    // stopped at once: the lines still queued are written before "Stopped."
    serve.interrupt();
    serve.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(err.toString()).contains("[Flow hello › lg] hi Ada" + System.lineSeparator(),
        "[Flow hello › lg] hi Grace" + System.lineSeparator());
    assertThat(Pattern.compile("Flow hello {2}webhook {2}resolve {2}\\d+\\.\\d ms").matcher(out.toString()).results())
        .hasSize(2);
    assertThat(out.toString()).endsWith("Stopped." + System.lineSeparator());
  }

  @Test
  void keepsEachRunUnderRunsLikeTheApp() throws Exception {
    new TestWorkspace(dir).flow("hello", "active", "webhook", "{}",
        TestWorkspace.op("t", "transform", "{\"json\":{\"hi\":\"{{$trigger.query.name}}\"}}", null, null));
    StringWriter out = new StringWriter();
    Thread serve = new Thread(() -> FlowsmithCli.execute(
        new String[] {"serve", "--workspace", dir.toString(), "--port", "0"}, new PrintWriter(out),
        new PrintWriter(new StringWriter())));
    serve.start();
    Matcher listening = await(out, Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+/flows/trigger/)"));
    for (String name : new String[] {"Ada", "Grace"}) {
      assertThat(TestWorkspace.get(URI.create(listening.group(1) + "hello?name=" + name)).statusCode()).isEqualTo(200);
    }
    serve.interrupt();
    serve.join(TimeUnit.SECONDS.toMillis(20));

    // stopping writes what is queued: both runs are there, in Directus's run-log shape with the webhook source
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.open(dir))) {
      List<RunLogStore.Entry> runs = store.list("hello");
      assertThat(runs).hasSize(2).allSatisfy(entry -> {
        assertThat(entry.source()).isEqualTo("webhook");
        assertThat(entry.status()).isEqualTo("resolve");
      });
      assertThat(store.load(runs.get(0)).steps()).hasSize(1);
    }
  }

  @Test
  void badWebhookLimitsAreRefusedNamingTheSetting() throws Exception {
    new TestWorkspace(dir);
    java.nio.file.Files.writeString(dir.resolve("workspace.json"), "{\"webhookLimits\":{\"maxConnections\":-1}}");
    CliRun run = CliRun.of("serve", "--workspace", dir.toString(), "--port", "0");
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(run.err()).contains(
        "workspace.json: webhookLimits.maxConnections must be a whole number from 1 to 100000, not -1");
  }

  @Test
  void aPortInUseIsReported() throws Exception {
    new TestWorkspace(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--workspace", dir.toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
      assertThat(run.err()).contains("Port " + taken.getLocalPort()
          + " is already in use; choose another webhook port in the workspace settings");
    }
  }

  private static Matcher await(StringWriter out, Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Matcher matcher = pattern.matcher(out.toString());
      if (matcher.find()) {
        return matcher;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + pattern + " in:\n" + out);
  }
}
