package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FormatsTest;
import dev.flowsmith.format.StudioBundles;
import dev.flowsmith.app.Examples;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.FlowEntry;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Import from other formats and export to every format, without a stage. */
class ImportExportTest {

  @TempDir Path tmp;
  private ScriptedDialogs dialogs;
  private MainViewModel vm;
  private Flow email;
  private Flow webhook;

  @BeforeEach
  void setUp() throws Exception {
    dialogs = new ScriptedDialogs();
    vm = new MainViewModel(dialogs, dialogs, RecentFiles.load(tmp.resolve("config")));
    email = FlowReader.read(Examples.path(Examples.EMAIL_ON_PUBLISH)).single();
    webhook = FlowReader.read(Examples.path(Examples.WEBHOOK)).single();
  }

  private Path studioBundle() throws Exception {
    return Files.writeString(tmp.resolve("bundle.json"), StudioBundles.v2(List.of(email, webhook)));
  }

  @Test
  void importingAStudioBundleAsksWhichFlow() throws Exception {
    Path bundle = studioBundle();
    dialogs.flowAnswer = flows -> Optional.of(flows.get(1));

    assertThat(vm.importFile(bundle)).isTrue();

    assertThat(dialogs.flowQuestions).isEqualTo(1);
    Flow open = vm.currentFlowProperty().get();
    assertThat(open.id()).isEqualTo(webhook.id());
    // the Studio imports bundles as inactive flows (format.md §10.2)
    assertThat(open.status()).isEqualTo(Flow.INACTIVE);
    assertThat(vm.sourceFormatProperty().get()).isEqualTo(SourceFormat.STUDIO_BUNDLE_V2);
    assertThat(vm.statusTextProperty().get()).isEqualTo(bundle + " — "
        + SourceFormat.STUDIO_BUNDLE_V2.description() + " — 5 operations");
    assertThat(vm.documentProperty().get().saveTarget()).isEqualTo(SaveTarget.NONE);
    assertThat(vm.dirtyProperty().get()).isFalse();
    assertThat(vm.recentEntries()).isEmpty();
  }

  @Test
  void importsTheDirectusAppsCsvExportWithItsOperationsBesideIt() throws Exception {
    Path exports = Path.of("src/test/resources/formats/exports");
    Path flows = Files.copy(exports.resolve("directus_flows.csv"), tmp.resolve("directus_flows 20261207-55656.csv"));
    Files.copy(exports.resolve("directus_operations.csv"), tmp.resolve("directus_operations 20261207-55656.csv"));
    dialogs.flowAnswer = list -> list.stream().filter(f -> f.id().equals(webhook.id())).findFirst();

    assertThat(vm.importFile(flows)).isTrue();

    assertThat(vm.sourceFormatProperty().get()).isEqualTo(SourceFormat.CSV_EXPORT);
    Flow open = vm.currentFlowProperty().get();
    assertThat(FormatsTest.sorted(FormatsTest.asImported(open)))
        .isEqualTo(FormatsTest.sorted(FormatsTest.asImported(webhook.withStatus(Flow.INACTIVE))));
  }

  @Test
  void cancellingTheFlowChoiceChangesNothing() throws Exception {
    vm.openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    DocumentViewModel before = vm.documentProperty().get();
    dialogs.flowAnswer = flows -> Optional.empty();

    assertThat(vm.importFile(studioBundle())).isFalse();

    assertThat(vm.documentProperty().get()).isSameAs(before);
  }

  @Test
  void savingAnImportedFlowNeverRewritesTheBundle() throws Exception {
    Path bundle = studioBundle();
    String bundleText = Files.readString(bundle);
    vm.openFile(bundle);
    Path target = tmp.resolve("saved.json");
    dialogs.pathAnswers.add(target);

    assertThat(vm.save()).isTrue();

    assertThat(Files.readString(bundle)).isEqualTo(bundleText);
    assertThat(FlowReader.read(target).format()).isEqualTo(SourceFormat.CANONICAL);
    assertThat(vm.sourcePathProperty().get()).isEqualTo(target);
  }

  @Test
  void importingIntoAnOpenWorkspaceAddsEveryFlow() throws Exception {
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    vm.openWorkspace(ws.root());

    assertThat(vm.importFile(studioBundle())).isTrue();

    assertThat(dialogs.flowQuestions).isZero();
    assertThat(vm.workspaceEntries()).extracting(e -> ((FlowEntry) e).flowId())
        .containsExactlyInAnyOrder(email.id(), webhook.id());
    assertThat(WorkspaceFolder.open(ws.root()).flows()).hasSize(2);
    assertThat(vm.currentFlowProperty().get().id()).isEqualTo(email.id());
    assertThat(vm.documentProperty().get().saveTarget().kind()).isEqualTo(SaveTarget.Kind.WORKSPACE);
  }

  @Test
  void reImportingAsksBeforeReplacingWorkspaceFlows() throws Exception {
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    Path existing = ws.saveFlow(email.withName("Local version"));
    vm.openWorkspace(ws.root());
    dialogs.confirmAnswer = false;

    assertThat(vm.importFile(studioBundle())).isFalse();

    assertThat(dialogs.confirmations).singleElement().asString().contains("Local version");
    assertThat(FlowReader.read(existing).single().name()).isEqualTo("Local version");
    assertThat(vm.workspaceEntries()).hasSize(1);
  }

  @Test
  void aTemplateFolderOpenedAsWorkspaceIsImported() throws Exception {
    Path template = tmp.resolve("template");
    FlowWriter.writeTemplateFolder(template, List.of(email, webhook));

    assertThat(vm.openWorkspace(tmp.resolve("template"))).isTrue();

    assertThat(vm.workspaceProperty().get()).isNull();
    assertThat(vm.sourceFormatProperty().get()).isEqualTo(SourceFormat.TEMPLATE_FOLDER);
    assertThat(vm.currentFlowProperty().get().id()).isEqualTo(email.id());
  }

  @ParameterizedTest
  @EnumSource(TargetFormat.class)
  void exportsToEveryFormatAndReadsBackTheSameFlow(TargetFormat format) throws Exception {
    vm.openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    Path target = tmp.resolve(FlowFiles.writesFolder(format) ? "exported" : "export.json");

    assertThat(vm.export(format, target)).isTrue();

    FlowDocument read = FlowReader.read(target);
    Flow back = read.single();
    assertThat(read.format().name()).isEqualTo(expectedSourceFormat(format));
    if (format == TargetFormat.IMPORT_BATCH) {
      // the import leaves date_created and user_created to the server
      assertThat(FormatsTest.sorted(back)).isEqualTo(FormatsTest.sorted(FormatsTest.asImported(email)));
      assertThat(back.dateCreated()).isNull();
    } else {
      assertThat(back).isEqualTo(email);
    }
    assertThat(vm.dirtyProperty().get()).isFalse();
    assertThat(vm.sourcePathProperty().get()).isEqualTo(Examples.path(Examples.EMAIL_ON_PUBLISH));
  }

  private static String expectedSourceFormat(TargetFormat format) {
    return switch (format) {
      case IMPORT_BATCH -> "IMPORT_FOLDER";
      default -> format.name();
    };
  }

  @Test
  void exportChosenAsksForFormatThenPlace() throws Exception {
    vm.openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    dialogs.exportAnswer = Optional.of(TargetFormat.REST_RESPONSE);
    Path target = tmp.resolve("rest.json");
    dialogs.pathAnswers.add(target);

    vm.exportChosen();

    assertThat(dialogs.chooserTitles).singleElement().asString().contains("[notify-author-on-publish.rest.json]");
    assertThat(FlowReader.read(target).format()).isEqualTo(SourceFormat.REST_RESPONSE);
  }
}
