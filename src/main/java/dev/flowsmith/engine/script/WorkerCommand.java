package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The command line of a script worker JVM: this JVM's own {@code java} launcher and class path,
 * a heap sized for the memory limit, and the time zone and locale of this JVM (so {@code Date}
 * and {@code Intl} answer as they would in-process).
 *
 * @param command the process arguments
 */
record WorkerCommand(List<String> command) {

  /** First JVM option of every worker: marks the process (its command line may be cut short). */
  static final String MARKER = "-Dflowsmith.script-worker=true";

  /** Heap of a worker: the warm engine (about 15 MB live), the budget, and room to collect. */
  static int heapMb(int memoryMb) {
    return 64 + 3 * memoryMb;
  }

  /**
   * @throws JsException when this runtime has no {@code bin/java} (a jpackage image must keep it:
   *     no {@code --strip-native-commands})
   */
  static WorkerCommand forMemory(int memoryMb) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    if (!Files.isExecutable(java)) {
      throw JsException.of("Error", "Run Script needs the Java launcher " + java + ", which this installation lacks.");
    }
    Locale locale = Locale.getDefault();
    return new WorkerCommand(List.of(
        java.toString(),
        MARKER,
        "-Xms" + heapMb(memoryMb) + "m",
        "-Xmx" + heapMb(memoryMb) + "m",
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-Dpolyglot.engine.WarnInterpreterOnly=false",
        "-Djava.awt.headless=true",
        "-Duser.timezone=" + TimeZone.getDefault().getID(),
        "-Duser.language=" + locale.getLanguage(),
        "-Duser.country=" + locale.getCountry(),
        "-D" + ScriptSandbox.RECYCLE_PROPERTY + "=" + Boolean.getBoolean(ScriptSandbox.RECYCLE_PROPERTY),
        "-cp", System.getProperty("java.class.path"),
        ScriptWorkerMain.class.getName(),
        Integer.toString(memoryMb)));
  }
}
