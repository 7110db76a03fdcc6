package dev.flowsmith.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped example flows, found through the path surefire passes in or the project folder. */
public final class Examples {

  public static final String EMAIL_ON_PUBLISH = "email-on-publish.json";
  public static final String INVOICE_TOTALS = "invoice-totals.json";
  public static final String WEBHOOK = "webhook-with-error-branch.json";

  private Examples() {}

  public static Path path(String name) {
    Path folder = Path.of(System.getProperty("flowsmith.examples", "resources/examples"));
    Path file = folder.resolve(name).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("example " + file + " is missing");
    }
    return file;
  }

  /** A workspace folder at {@code dir} with these example flows (and an empty workspace.json). */
  public static Path workspace(Path dir, String... examples) throws java.io.IOException {
    Files.createDirectories(dir.resolve("flows"));
    Files.writeString(dir.resolve("workspace.json"), "{}");
    for (String example : examples) {
      Files.copy(path(example), dir.resolve("flows").resolve(example));
    }
    return dir;
  }

  /** A file that is not valid JSON: the object is never closed, so the error is at line 3. */
  public static Path writeBroken(Path folder, String name) throws java.io.IOException {
    return Files.writeString(folder.resolve(name), "{\n  \"id\": \"x\",\n");
  }
}
