package dev.flowsmith.app.view;

import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.RecentEntry;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * What the centre shows when no flow is open (and File › Start Page): ways to start — a new flow,
 * a file, a workspace, the sample workspace with its tests — the recent files and workspaces,
 * and where the documentation is.
 */
public final class StartPage extends ScrollPane {

  /** The recent lists and Learn: beside Start in a 1366 px window with the workspace list open. */
  private static final double SIDE_COLUMN_WIDTH = 250;
  private static final double COLUMN_GAP = 32;

  private final MainViewModel vm;
  private final VBox recentFiles = new VBox();
  private final VBox recentWorkspaces = new VBox();

  /**
   * @param openSample opens (creating it the first time) the sample workspace
   * @param openDocs shows the documentation
   */
  public StartPage(MainViewModel vm, Runnable openSample, Runnable openDocs) {
    this.vm = vm;
    setId("start-page");
    getStyleClass().add("start-page");
    setFitToWidth(true);

    Label title = new Label("Flowsmith");
    title.getStyleClass().addAll("title-1", "start-title");
    Label lead = new Label("Design, run and test Directus Flows on your desktop.");
    lead.getStyleClass().add("text-muted");
    lead.setWrapText(true);

    Button sample = button("start-sample", "Open the sample workspace", openSample);
    sample.getStyleClass().add("accent");
    Label sampleNote = new Label("Four example flows with their tests and seeded data.");
    sampleNote.getStyleClass().add("text-muted");
    sampleNote.setWrapText(true);
    VBox start = section("Start",
        sample, sampleNote,
        button("start-new", "New flow", vm::newFlow),
        button("start-open-file", "Open File…", vm::openFileChosen),
        button("start-open-workspace", "Open Workspace…", vm::openWorkspaceChosen));

    recentFiles.setId("start-recent-files");
    recentWorkspaces.setId("start-recent-workspaces");
    VBox recent = section("Recent files", recentFiles);
    VBox workspaces = section("Recent workspaces", recentWorkspaces);

    Hyperlink docs = new Hyperlink("Read the guide (" + AppInfo.README + ")");
    docs.setId("start-docs");
    docs.setOnAction(event -> openDocs.run());
    Label shortcuts = new Label("Ctrl+Tab switches between open flows; Ctrl+W closes one.");
    shortcuts.setId("start-shortcuts");
    shortcuts.getStyleClass().add("text-muted");
    shortcuts.setWrapText(true);
    VBox help = section("Learn", docs, shortcuts);

    // two columns, Learn under the recent lists, so the page fits above the bottom panel at 1366×768;
    // they wrap under each other in a narrow centre, and the page scrolls when they do not fit
    VBox side = new VBox(24, recent, workspaces, help);
    // the wrapping help line would otherwise ask for its whole length and push this column under Start
    side.setPrefWidth(SIDE_COLUMN_WIDTH);
    javafx.scene.layout.FlowPane columns = new javafx.scene.layout.FlowPane(COLUMN_GAP, 28, start, side);
    columns.setAlignment(Pos.TOP_LEFT);
    columns.setRowValignment(javafx.geometry.VPos.TOP);
    columns.getStyleClass().add("start-columns");
    VBox body = new VBox(12, title, lead, columns);
    body.getStyleClass().add("start-body");
    body.setAlignment(Pos.TOP_LEFT);
    body.setMaxWidth(1000);
    body.setPadding(new javafx.geometry.Insets(28, 32, 28, 32));
    VBox outer = new VBox(body);
    outer.setAlignment(Pos.TOP_CENTER);
    setContent(outer);

    vm.recentEntries().addListener((ListChangeListener<RecentEntry>) change -> fillRecent());
    fillRecent();
  }

  private void fillRecent() {
    recentFiles.getChildren().clear();
    recentWorkspaces.getChildren().clear();
    for (RecentEntry entry : vm.recentEntries()) {
      Hyperlink link = new Hyperlink(entry.path().getFileName() == null ? entry.path().toString()
          : entry.path().getFileName().toString());
      link.getStyleClass().add("start-recent");
      link.setTooltip(new javafx.scene.control.Tooltip(entry.path().toString()));
      link.setOnAction(event -> vm.openRecent(entry));
      (entry.kind() == RecentEntry.Kind.WORKSPACE ? recentWorkspaces : recentFiles).getChildren().add(link);
    }
    if (recentFiles.getChildren().isEmpty()) {
      recentFiles.getChildren().add(muted("No recent files"));
    }
    if (recentWorkspaces.getChildren().isEmpty()) {
      recentWorkspaces.getChildren().add(muted("No recent workspaces"));
    }
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("text-muted");
    return label;
  }

  private static Button button(String id, String text, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    button.setOnAction(event -> action.run());
    return button;
  }

  private static VBox section(String heading, javafx.scene.Node... items) {
    Label label = new Label(heading);
    label.getStyleClass().addAll("title-4", "start-heading");
    VBox box = new VBox(8, label);
    box.getChildren().addAll(items);
    box.setMinWidth(240);
    return box;
  }
}
