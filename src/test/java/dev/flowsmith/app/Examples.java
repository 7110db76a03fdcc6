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

  /** A file that is not valid JSON: the object is never closed, so the error is at line 3. */
  public static Path writeBroken(Path folder, String name) throws java.io.IOException {
    return Files.writeString(folder.resolve(name), "{\n  \"id\": \"x\",\n");
  }
}
