package dev.flowsmith.app.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.viewmodel.CanvasCommands;
import dev.flowsmith.app.viewmodel.Dialogs;
import dev.flowsmith.app.viewmodel.FileDialogs;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.RecentFiles;
import dev.flowsmith.app.viewmodel.RunCommands;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action registry and the standard actions, without a stage. */
class ActionRegistryTest {

  @TempDir Path tmp;

  /** Every question answered "no": these tests only look at actions, not at what they ask. */
  private static final class Silent implements Dialogs, FileDialogs {
    @Override public void showError(String title, String message) { }
    @Override public UnsavedChoice askUnsaved(String flowName) { return UnsavedChoice.CANCEL; }
    @Override public Optional<Flow> chooseFlow(String title, List<Flow> flows) { return Optional.empty(); }
    @Override public Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats) { return Optional.empty(); }
    @Override public boolean confirm(String title, String message) { return false; }
    @Override public Optional<Path> chooseFlowFile(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseFolder(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseSaveFile(String title, String name) { return Optional.empty(); }
  }

  /** The window's canvas is not part of these tests. */
  static final class NoCanvas implements CanvasCommands {
    @Override public void zoomIn() { }
    @Override public void zoomOut() { }
    @Override public void zoomReset() { }
    @Override public void zoomToFit() { }
    @Override public void addOperation() { }
  }

  /** Nor are runs. */
  static final class NoRun implements RunCommands {
    @Override public void run() { }
    @Override public void runOnServer() { }
    @Override public void continueRun() { }
    @Override public void stepToNext() { }
    @Override public void stop() { }
    @Override public void toggleBreakpoint() { }
    @Override public BooleanExpression canRun() { return new SimpleBooleanProperty(true); }
    @Override public BooleanExpression running() { return new SimpleBooleanProperty(false); }
    @Override public BooleanExpression paused() { return new SimpleBooleanProperty(false); }
    @Override public BooleanExpression serverRunning() { return new SimpleBooleanProperty(false); }
    private final BooleanProperty focused = new SimpleBooleanProperty(false);
    @Override public BooleanProperty inspectorFocused() { return focused; }
  }

  private MainViewModel viewModel() {
    Silent silent = new Silent();
    return new MainViewModel(silent, silent, RecentFiles.load(tmp));
  }

  @Test
  void theMenuLayoutNamesOnlyRegisteredActions() {
    ActionRegistry registry = AppActions.create(viewModel(), new NoCanvas(), new NoRun(), () -> { }, () -> { }, () -> { });
    AppActions.registerWindowDialogs(registry, () -> { }, () -> { });
    List<String> ids = AppActions.MENU_BAR.stream().flatMap(menu -> menu.items().stream())
        .filter(id -> !id.equals(AppActions.SEPARATOR) && !id.equals(AppActions.RECENT_MENU)).toList();

    assertThat(ids).allSatisfy(id -> assertThat(registry.find(id)).isPresent());
    assertThat(registry.all()).extracting(AppAction::id).containsAll(ids);
    assertThat(registry.get(AppActions.SAVE).shortcut()).isEqualTo(KeyCombination.valueOf("Shortcut+S"));
    assertThat(registry.all().stream().map(AppAction::shortcut).filter(Objects::nonNull).distinct())
        .hasSize((int) registry.all().stream().filter(a -> a.shortcut() != null).count());
  }

  @Test
  void documentActionsAreEnabledOnlyWithADocument() {
    MainViewModel vm = viewModel();
    ActionRegistry registry = AppActions.create(vm, new NoCanvas(), new NoRun(), () -> { }, () -> { }, () -> { });
    AppAction save = registry.get(AppActions.SAVE);
    assertThat(save.enabled().get()).isFalse();
    assertThat(registry.get(AppActions.NEW).enabled().get()).isTrue();

    vm.openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));

    assertThat(save.enabled().get()).isTrue();
    assertThat(registry.get(AppActions.EXPORT).enabled().get()).isTrue();
  }

  @Test
  void aDisabledActionDoesNotRun() {
    AtomicInteger runs = new AtomicInteger();
    SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
    ActionRegistry registry = new ActionRegistry();
    AppAction action = registry.register("x", "X", null, enabled, runs::incrementAndGet);

    action.run();
    enabled.set(true);
    action.run();

    assertThat(runs).hasValue(1);
  }

  @Test
  void idsAndShortcutsAreUnique() {
    ActionRegistry registry = new ActionRegistry();
    registry.register("a", "A", "Shortcut+K", () -> { });

    assertThatThrownBy(() -> registry.register("a", "Again", null, () -> { }))
        .hasMessageContaining("already registered");
    assertThatThrownBy(() -> registry.register("b", "B", "Shortcut+K", () -> { }))
        .hasMessageContaining("from a");
  }

  @Test
  void aToggleFlipsItsProperty() {
    MainViewModel vm = viewModel();
    ActionRegistry registry = AppActions.create(vm, new NoCanvas(), new NoRun(), () -> { }, () -> { }, () -> { });
    AppAction dark = registry.get(AppActions.DARK_THEME);

    dark.run();

    assertThat(dark.isToggle()).isTrue();
    assertThat(vm.darkThemeProperty().get()).isTrue();
  }
}
