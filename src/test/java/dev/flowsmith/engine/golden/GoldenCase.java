package dev.flowsmith.engine.golden;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run a real Directus 11.11 server made of an example flow (golden/README.md): the flow, the
 * exact {@code $trigger}, what came out, and the rows written.
 *
 * @param flowFile the example flow, or the case folder's own {@code flow.json} where it has one
 */
record GoldenCase(String example, String name, Path flowFile, JsValue trigger, JsValue expected,
    List<String> ignore, Optional<JsValue> setup, Optional<JsValue> after, Optional<JsValue> mail) {

  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path EXAMPLES = Path.of(System.getProperty("flowsmith.examples", "resources/examples"));

  @Override
  public String toString() {
    return example + "/" + name;
  }

  Flow flow() throws Exception {
    return FlowReader.read(flowFile).single();
  }

  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    try (Stream<Path> examples = Files.list(GOLDEN)) {
      for (Path folder : examples.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path trigger : files.filter(p -> p.toString().endsWith(".trigger.json")).sorted().toList()) {
            cases.add(load(folder, trigger));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static GoldenCase load(Path folder, Path triggerFile) throws IOException {
    String example = folder.getFileName().toString();
    String name = triggerFile.getFileName().toString().replace(".trigger.json", "");
    Path ownFlow = folder.resolve("flow.json");
    Path flowFile = Files.exists(ownFlow) ? ownFlow : EXAMPLES.resolve(example + ".json");
    JsValue ignore = read(folder.resolve(name + ".ignore.json")).orElse(JsValue.NULL);
    List<String> ignored = new ArrayList<>();
    if (ignore instanceof dev.flowsmith.engine.value.JsArray paths) {
      paths.elements().forEach(p -> ignored.add(((dev.flowsmith.engine.value.JsString) p).value()));
    }
    return new GoldenCase(example, name, flowFile, read(triggerFile).orElseThrow(),
        read(folder.resolve(name + ".expected.json")).orElseThrow(), ignored,
        read(folder.resolve(name + ".setup.json")), read(folder.resolve(name + ".after.json")),
        read(folder.resolve(name + ".mail.json")));
  }

  private static Optional<JsValue> read(Path file) throws IOException {
    return Files.exists(file) ? Optional.of(JsJson.parse(Files.readString(file))) : Optional.empty();
  }
}
