package dev.flowsmith.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.settings.WorkspaceSettingsModel.Setting;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.WorkspaceLimits;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's state without a stage: the engine reads back what Save wrote. */
class WorkspaceSettingsModelTest {

  @TempDir Path dir;

  @Test
  void validValuesAreWrittenSoTheEngineReadsThemBack() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    WorkspaceSettingsModel model = new WorkspaceSettingsModel(folder);
    model.text(Setting.MAX_RUN_TIME).set("30s");
    model.text(Setting.MAX_STEPS).set("500");
    model.text(Setting.MAX_RESPONSE_BYTES).set("2MB");
    model.text(Setting.ENV_ALLOW_LIST).set("API_KEY, PUBLIC_URL");

    assertThat(model.save()).isTrue();
    WorkspaceFolder reread = WorkspaceFolder.open(dir);
    assertThat(WorkspaceLimits.runLimits(reread).maxRunTime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(WorkspaceLimits.runLimits(reread).maxSteps()).isEqualTo(500);
    assertThat(WorkspaceLimits.maxResponseBytes(reread)).isEqualTo(2L << 20);
    assertThat(reread.settings().get(WorkspaceRuntime.ENV_ALLOW_LIST_SETTING))
        .contains(new JsonValue.JsonArray(List.of(JsonValue.of("API_KEY"), JsonValue.of("PUBLIC_URL"))));
    // shown again as typed
    assertThat(new WorkspaceSettingsModel(reread).text(Setting.ENV_ALLOW_LIST).get()).isEqualTo("API_KEY, PUBLIC_URL");
  }

  @Test
  void anInvalidFieldShowsItsErrorAndNothingIsWritten() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    Path file = dir.resolve(WorkspaceFolder.SETTINGS_FILE);
    String before = Files.exists(file) ? Files.readString(file) : null;
    WorkspaceSettingsModel model = new WorkspaceSettingsModel(folder);
    model.text(Setting.MAX_STEPS).set("500");
    model.text(Setting.MAX_FLOW_DEPTH).set("20000");
    model.text(Setting.SERVERS).set("[1]");

    assertThat(model.save()).isFalse();
    assertThat(model.error(Setting.MAX_FLOW_DEPTH).get()).contains("at most");
    assertThat(model.error(Setting.SERVERS).get()).contains("JSON object");
    assertThat(model.error(Setting.MAX_STEPS).get()).isEmpty();
    assertThat(Files.exists(file) ? Files.readString(file) : null).isEqualTo(before);
    assertThat(folder.settings().get(WorkspaceLimits.BUDGETS)).isEmpty();
  }

  @Test
  void clearingAFieldRemovesTheKeySoTheDefaultApplies() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    folder.saveSetting(WorkspaceLimits.BUDGETS, JsonObject.builder().put("maxSteps", JsonValue.of(7)).put("maxFlows", JsonValue.of(9)).build());
    WorkspaceSettingsModel model = new WorkspaceSettingsModel(folder);
    assertThat(model.text(Setting.MAX_STEPS).get()).isEqualTo("7");
    model.text(Setting.MAX_STEPS).set("");

    assertThat(model.save()).isTrue();
    JsonObject budgets = (JsonObject) WorkspaceFolder.open(dir).settings().get(WorkspaceLimits.BUDGETS).orElseThrow();
    assertThat(budgets.members()).containsOnlyKeys("maxFlows");
  }
}
