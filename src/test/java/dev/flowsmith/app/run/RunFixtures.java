package dev.flowsmith.app.run;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.runtime.ConsoleLog;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.TestWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;

/** A real app runtime over a fresh workspace folder, and the flows the run tests use. */
final class RunFixtures {

  private RunFixtures() {}

  static AppRuntime runtime(Path dir) throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir.resolve("ws"));
    return new AppRuntime(new SimpleObjectProperty<>(folder), dir.resolve("scratch"),
        new ConsoleLog(Clock.systemUTC(), Runnable::run));
  }

  static Flow example(String name) throws Exception {
    return FlowReader.read(Examples.path(name)).single();
  }

  /** A webhook flow: {@code a} → {@code b} → {@code c}, each a transform of the previous value. */
  static Flow threeSteps() throws Exception {
    return flow("webhook", "{\"method\":\"POST\"}",
        TestWorkspace.op("a", "transform", "{\"json\":{\"n\":\"{{$trigger.body.n}}\"}}", "b", null),
        TestWorkspace.op("b", "transform", "{\"json\":{\"from_a\":\"{{a.n}}\"}}", "c", null),
        TestWorkspace.op("c", "transform", "{\"json\":{\"done\":true}}", null, null));
  }

  /** An "another flow" trigger whose first step sleeps {@code millis}. */
  static Flow sleeper(long millis) throws Exception {
    return flow("operation", "{}",
        TestWorkspace.op("nap", "sleep", "{\"milliseconds\":" + millis + "}", "after", null),
        TestWorkspace.op("after", "transform", "{\"json\":1}", null, null));
  }

  static Flow flow(String trigger, String options, String... operations) throws Exception {
    String entry = operations[0].replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    String json = "{\"id\":\"f1\",\"name\":\"Test\",\"status\":\"active\",\"trigger\":\"" + trigger
        + "\",\"accountability\":\"all\",\"options\":" + options + ",\"operation\":\"" + entry
        + "\",\"operations\":[" + String.join(",", operations) + "]}";
    return FlowReader.read(json, "test").single();
  }
}
