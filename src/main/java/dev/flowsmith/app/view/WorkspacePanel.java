package dev.flowsmith.app.view;

import dev.flowsmith.app.canvas.FlowColours;
import dev.flowsmith.app.canvas.MaterialIcons;
import dev.flowsmith.app.panel.SearchBox;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.FlowEntry;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.ProblemEntry;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The left-hand list of the open workspace: its flows, then its broken flow files with their errors. */
final class WorkspacePanel extends VBox {

  private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

  private final MainViewModel vm;
  private final ListView<WorkspaceEntry> list;

  WorkspacePanel(MainViewModel vm) {
    this.vm = vm;
    getStyleClass().add("workspace-panel");
    setId("workspace-panel");
    Label header = new Label();
    header.getStyleClass().add("workspace-header");
    header.textProperty().bind(Bindings.createStringBinding(() -> {
      WorkspaceFolder ws = vm.workspaceProperty().get();
      return ws == null ? "" : "Workspace · " + ws.root().getFileName();
    }, vm.workspaceProperty()));

    // the search box narrows the list by flow name, file or error; its clear button shows all again
    FilteredList<WorkspaceEntry> shown = new FilteredList<>(vm.workspaceEntries());
    TextField filter = SearchBox.create("Filter flows", "workspace-filter");
    filter.textProperty().addListener((obs, old, text) -> {
      String needle = text.strip().toLowerCase(Locale.ROOT);
      shown.setPredicate(needle.isEmpty() ? null : entry -> entry.label().toLowerCase(Locale.ROOT).contains(needle)
          || entry.detail().toLowerCase(Locale.ROOT).contains(needle));
    });
    list = new ListView<>(shown);
    list.setId("workspace-list");
    list.getStyleClass().add("workspace-list");
    list.setCellFactory(EntryCell::new);
    list.setOnMouseClicked(event -> openSelected());
    list.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.ENTER) {
        openSelected();
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    // issue 18: the active tab's file is not one of these flows, and nothing of this workspace runs beside it
    Label outside = new Label("The active tab is a file from outside this workspace. It runs in the scratch "
        + "workspace; Live Triggers, schedules and data show that one.");
    outside.setId("workspace-outside-note");
    outside.getStyleClass().add("workspace-outside-note");
    outside.setWrapText(true);
    outside.visibleProperty().bind(vm.activeOutsideWorkspace());
    outside.managedProperty().bind(outside.visibleProperty());
    getChildren().addAll(header, filter, outside, list);

    visibleProperty().bind(vm.workspaceProperty().isNotNull());
    managedProperty().bind(visibleProperty());
    vm.currentFlowProperty().addListener((obs, old, flow) -> selectCurrent());
    vm.workspaceEntries().addListener((javafx.collections.ListChangeListener<WorkspaceEntry>) c -> selectCurrent());
  }

  private void openSelected() {
    WorkspaceEntry entry = list.getSelectionModel().getSelectedItem();
    if (entry != null) {
      vm.openEntry(entry);
      selectCurrent(); // the user may have cancelled, or the entry was a broken file
    }
  }

  /** Keeps the highlighted row on the open flow. */
  private void selectCurrent() {
    Flow flow = vm.currentFlowProperty().get();
    for (WorkspaceEntry entry : list.getItems()) {
      if (flow != null && entry instanceof FlowEntry f && f.flowId().equals(flow.id())) {
        list.getSelectionModel().select(entry);
        return;
      }
    }
    list.getSelectionModel().clearSelection();
  }

  private static final class EntryCell extends ListCell<WorkspaceEntry> {
    /** Cell padding plus a vertical scroll bar, left free so wrapped text never runs under it. */
    private static final double CELL_ALLOWANCE = 32;
    /** The flow's icon and the gap after it. */
    private static final double ICON_ALLOWANCE = 26;
    /** A flow without its own colour (or a file that failed to read) takes the theme's muted colour. */
    private static final String THEMED_ICON = "entry-icon-themed";

    private final Label name = new Label();
    private final Label detail = new Label();
    private final FontIcon icon = new FontIcon();
    private final VBox text = new VBox(name, detail);
    // the icon as a label's graphic, as the pickers show theirs: placed straight in the cell's box, the
    // list cell's font reached it through CSS and the glyph was drawn as an empty box
    private final Label iconHolder = new Label(null, icon);
    private final HBox box = new HBox(iconHolder, text);

    EntryCell(ListView<WorkspaceEntry> owner) {
      name.getStyleClass().add("entry-name");
      detail.getStyleClass().add("entry-detail");
      detail.setWrapText(true);
      // A wrapping label only wraps at a known width. The list's width is known even for the
      // cells the list measures with before laying them out (a cell's own width is 0 then),
      // so long error messages wrap instead of widening the list or being cut off.
      detail.prefWidthProperty().bind(owner.widthProperty().subtract(CELL_ALLOWANCE + ICON_ALLOWANCE));
      icon.getStyleClass().remove("ikonli-font-icon");
      icon.getStyleClass().add("entry-icon");
      HBox.setHgrow(text, Priority.ALWAYS);
      box.getStyleClass().add("workspace-entry");
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(WorkspaceEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      pseudoClassStateChanged(PROBLEM, entry instanceof ProblemEntry);
      if (empty || entry == null) {
        setGraphic(null);
        return;
      }
      name.setText(entry.label());
      if (entry instanceof FlowEntry flow) {
        // the flow's own icon in its own colour, as the Directus Flows list shows it
        icon.setIconCode(MaterialIcons.forName(flow.icon() == null ? "bolt" : flow.icon()));
        Color own = FlowColours.parse(flow.color());
        showColour(own);
      } else {
        icon.setIconCode(Material2AL.ERROR_OUTLINE);
        showColour(null);
      }
      detail.setText(entry.detail());
      setGraphic(box);
    }

    /**
     * The flow's own colour, or the theme's when it has none. The icon has no {@code ikonli-font-icon}
     * class, so none of the theme's icon rules (hover, selection) reach it: a colour set here stays, and
     * nothing is bound that CSS would then fail to set on every state change.
     */
    private void showColour(@Nullable Color own) {
      icon.getStyleClass().remove(THEMED_ICON);
      if (own == null) {
        icon.getStyleClass().add(THEMED_ICON);
      } else {
        icon.setIconColor(own);
      }
    }
  }
}
