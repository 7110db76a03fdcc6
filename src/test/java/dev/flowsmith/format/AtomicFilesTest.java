package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  @Test
  void anExistingFileKeepsItsMode() throws Exception {
    for (String mode : List.of("rw-r--r--", "rw-r-----", "rwxrwxr-x")) {
      Path file = dir.resolve("out.json");
      Files.writeString(file, "old");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

      AtomicFiles.write(file, "new");

      assertThat(Files.readString(file)).isEqualTo("new");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
    }
  }

  /** createTempFile made every written file 0600; a new file gets what any new file gets. */
  @Test
  void aNewFileGetsTheUmaskDefaultNotSixHundred() throws Exception {
    Path reference = Files.createFile(dir.resolve("reference"));
    Path file = dir.resolve("new.json");

    AtomicFiles.write(file, "{}");

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).startsWith("rw-r");
  }

  @Test
  void nothingButTheTargetIsLeftBehind() throws Exception {
    AtomicFiles.write(dir.resolve("out.json"), "{}");
    assertThat(names()).containsExactly("out.json");
  }

  @Test
  void leftoversOfACrashedWriteAreRemovedOnTheNextWrite() throws Exception {
    Path target = dir.resolve("out.json");
    Files.writeString(dir.resolve(".out.json.0123456789abcdef.tmp"), "half a fi");
    Files.writeString(dir.resolve(".out.json8842137750412.tmp"), "older naming"); // createTempFile's
    Files.createFile(dir.resolve(".out.json.00000000000000aa.tmp")); // killed before its first byte
    Files.writeString(dir.resolve(".other.json.0123456789abcdef.tmp"), "another target's");
    Files.writeString(dir.resolve("notes.tmp"), "not ours");

    AtomicFiles.write(target, "{}");

    assertThat(names()).containsExactly(".other.json.0123456789abcdef.tmp", "notes.tmp", "out.json");
  }

  @Test
  void aTemporaryFileAWriterStillHoldsIsKept() throws Exception {
    Path live = dir.resolve(".out.json.fedcba9876543210.tmp");
    try (FileChannel writer = FileChannel.open(live, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writer.lock();
      writer.write(java.nio.ByteBuffer.wrap("in progress".getBytes()));

      AtomicFiles.write(dir.resolve("out.json"), "{}");

      assertThat(live).exists();
    }
  }

  @Test
  void aFailedUnitChangesNoFileAndLeavesNoTemporaryFile() throws Exception {
    Path first = dir.resolve("flows.json");
    Files.writeString(first, "old flows");
    Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(first, "new flows");
    files.put(dir.resolve("blocker").resolve("operations.json"), "new operations");

    assertThatThrownBy(() -> AtomicFiles.writeAll(AtomicFiles.utf8(files))).isInstanceOf(IOException.class);

    assertThat(Files.readString(first)).isEqualTo("old flows");
    assertThat(names()).containsExactly("blocker", "flows.json");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
