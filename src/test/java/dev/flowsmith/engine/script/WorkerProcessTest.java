package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The host's guards against a worker that misbehaves, with shell scripts standing in for workers. */
class WorkerProcessTest {

  private static final ScriptLimits TIGHT = new ScriptLimits(250, 8);
  private static final ScriptSandbox.ConsoleSink NO_CONSOLE = (method, value) -> { };

  @BeforeAll
  static void needsAShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
  }

  private static WorkerCommand shell(String script) {
    return new WorkerCommand(List.of("/bin/sh", "-c", script));
  }

  private static ScriptRequest request() {
    return new ScriptRequest("module.exports = () => 1", JsObject.EMPTY, JsObject.EMPTY, TIGHT);
  }

  @Test
  void aWorkerThatNeverAnswersIsKilledAtTheWallClockCap() {
    WorkerProcess worker = WorkerProcess.start(shell("echo '{\"op\":\"ready\"}'; cat > /dev/null"), () -> false);
    long start = System.nanoTime();

    ScriptOutcome outcome = worker.run(request(), NO_CONSOLE, () -> false);

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(outcome.resolved()).isFalse();
    assertThat(ScriptValues.decode(outcome.value())).isEqualTo(JsError.error(ScriptFailures.TIMED_OUT).withStack("Error: " + ScriptFailures.TIMED_OUT));
    assertThat(millis).isBetween(TIGHT.wallClockCapMillis() - 50, TIGHT.wallClockCapMillis() + 5_000);
    assertThat(worker.isHealthy()).isFalse();
  }

  @Test
  void aWorkerThatIgnoresCancellationIsKilled() {
    WorkerProcess worker = WorkerProcess.start(shell("echo '{\"op\":\"ready\"}'; cat > /dev/null"), () -> false);
    ScriptRequest slow = new ScriptRequest("", JsObject.EMPTY, JsObject.EMPTY, new ScriptLimits(60_000, 8));

    ScriptOutcome outcome = worker.run(slow, NO_CONSOLE, () -> true);

    JsException thrown = catchThrowableOfType(JsException.class, outcome::valueOrThrow);
    assertThat(((JsError) thrown.value()).message()).isEqualTo(ScriptFailures.CANCELLED);
    assertThat(worker.isHealthy()).isFalse();
  }

  @Test
  void aWorkerThatCannotStartSaysWhy() {
    JsException thrown = catchThrowableOfType(JsException.class,
        () -> WorkerProcess.start(shell("echo 'no java here' >&2; exit 7"), () -> false));
    assertThat(thrown.getMessage()).isEqualTo("Error: The script worker did not start: exit code 7, no java here");
  }

  @Test
  void strayOutputIsIgnoredAndAnswersAreMatchedById() {
    WorkerProcess worker = WorkerProcess.start(shell("""
        echo 'a stray line'
        echo '{"op":"ready"}'
        read line
        echo '{"op":"done","id":99,"resolved":true,"value":"2","retire":false}'
        echo '{"op":"log","id":1,"method":"warn","value":"[\\"a\\",1]"}'
        echo '{"op":"done","id":1,"resolved":true,"value":"1","retire":false}'
        cat > /dev/null"""), () -> false);
    StringBuilder logged = new StringBuilder();

    ScriptOutcome outcome = worker.run(request(), (method, value) -> logged.append(method).append(value), () -> false);

    assertThat(outcome.valueOrThrow()).isEqualTo(JsValue.of(1));
    assertThat(logged).hasToString("warn[\"a\",1]");
    assertThat(worker.isHealthy()).isTrue();
    worker.kill();
  }
}
