package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Reads the golden runs copied from a real Directus 11.11 server (examples/golden). */
final class GoldenFiles {

  private GoldenFiles() {}

  static JsObject read(String path) {
    try (InputStream in = Objects.requireNonNull(GoldenFiles.class.getResourceAsStream("/golden/" + path),
        path)) {
      return (JsObject) JsJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rendered options of one step of an {@code expected.json}. */
  static JsObject stepOptions(JsObject expected, String key) {
    for (JsValue step : ((JsArray) expected.get("steps")).elements()) {
      JsObject object = (JsObject) step;
      if (object.get("key").equals(JsValue.of(key))) {
        return (JsObject) object.get("options");
      }
    }
    throw new IllegalArgumentException("no step " + key);
  }
}
