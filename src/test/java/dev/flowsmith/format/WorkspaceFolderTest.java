package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFolderTest {

  @TempDir
  Path dir;

  @Test
  void createSaveAndReopen() throws Exception {
    WorkspaceFolder workspace = WorkspaceFolder.create(dir);
    Flow example = FlowReader.read(Examples.flowFiles().get(0)).single();

    Path file = workspace.saveFlow(example);

    assertThat(file).isEqualTo(dir.resolve("flows/notify-author-on-publish.json"));
    assertThat(file).hasContent(FlowWriter.canonical(example).stripTrailing());
    WorkspaceFolder reopened = WorkspaceFolder.open(dir);
    assertThat(reopened.flows()).containsExactly(example);
    assertThat(reopened.fileOf(example.id())).contains(file);
  }

  @Test
  void aRenamedFlowKeepsItsFileAndANewFlowWithTheSameNameGetsAnother() throws Exception {
    WorkspaceFolder workspace = WorkspaceFolder.create(dir);
    Path first = workspace.saveFlow(Flow.create("id-1", "Daily Report"));
    Path renamed = workspace.saveFlow(Flow.create("id-1", "Renamed"));
    Path second = workspace.saveFlow(Flow.create("id-2", "Daily Report"));

    assertThat(renamed).isEqualTo(first);
    assertThat(second.getFileName().toString()).isEqualTo("daily-report-2.json");
  }

  @Test
  void aBrokenFlowFileIsAProblemNotAFailure() throws Exception {
    WorkspaceFolder.create(dir).saveFlow(Flow.create("ok", "Fine"));
    Files.writeString(dir.resolve("flows/broken.json"), "{\"id\": \"x\",");

    WorkspaceFolder workspace = WorkspaceFolder.open(dir);

    assertThat(workspace.flows()).extracting(Flow::id).containsExactly("ok");
    assertThat(workspace.problems()).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).startsWith(dir.resolve("flows/broken.json") + ":1:"));
    assertThat(dir.resolve("flows/broken.json")).hasContent("{\"id\": \"x\",");
  }

  @Test
  void unknownSettingsAreKeptWhenOneIsSaved() throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("workspace.json"), "{\"future\": {\"x\": 1}}");
    WorkspaceFolder workspace = WorkspaceFolder.open(dir);

    workspace.saveSetting("webhookPort", JsonValue.of(8055));

    assertThat(WorkspaceFolder.open(dir).settings().members()).containsOnlyKeys("future", "webhookPort");
  }

  @Test
  void aFolderWithoutWorkspaceMarkersIsNotOne() {
    assertThat(WorkspaceFolder.isWorkspace(dir)).isFalse();
    assertThat(FormatsTest.catchFormatError(() -> WorkspaceFolder.open(dir))).hasMessageContaining("not a workspace");
  }

  @Test
  void atomicWriteReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
    Path target = dir.resolve("sub/file.json");
    AtomicFiles.write(target, "first");
    AtomicFiles.write(target, "second");

    assertThat(target).hasContent("second");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }
}
