package dev.flowsmith.app.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The form grid of editor.md §7 that fits its panel: two equal columns where half fields sit side
 * by side and full ones span both, and one column when the panel is narrower than
 * {@link #ONE_COLUMN_BELOW} pixels, so no field is squeezed until its label is cut.
 */
final class FormGrid {

  /** Below this width every field takes the whole row. */
  static final double ONE_COLUMN_BELOW = 340;

  private final GridPane grid = new GridPane();
  private final ColumnConstraints whole = column(100);
  private final ColumnConstraints half = column(50);
  private final ColumnConstraints otherHalf = column(50);
  private List<Cell> cells = List.of();
  private boolean narrow;

  /** One field and whether it takes the whole row even in two-column mode. */
  record Cell(Node node, boolean full) {}

  FormGrid() {
    grid.getStyleClass().add("option-form");
    grid.setMinWidth(0);
    grid.widthProperty().addListener((obs, old, now) -> {
      boolean nowNarrow = now.doubleValue() > 0 && now.doubleValue() < ONE_COLUMN_BELOW;
      if (nowNarrow != narrow) {
        narrow = nowNarrow;
        layout();
      }
    });
    layout();
  }

  GridPane node() {
    return grid;
  }

  boolean oneColumn() {
    return narrow;
  }

  /** Lays these fields out in order, replacing the ones shown before. */
  void setCells(List<Cell> newCells) {
    cells = List.copyOf(newCells);
    layout();
  }

  /** Adds a half-width field (or a full one) after the others. */
  FormGrid add(Node node, boolean full) {
    List<Cell> more = new ArrayList<>(cells);
    more.add(new Cell(node, full));
    setCells(more);
    return this;
  }

  private void layout() {
    grid.getChildren().clear();
    if (narrow) {
      grid.getColumnConstraints().setAll(whole);
      for (int row = 0; row < cells.size(); row++) {
        grid.add(cells.get(row).node(), 0, row);
      }
      return;
    }
    grid.getColumnConstraints().setAll(half, otherHalf);
    int row = 0;
    int column = 0;
    for (Cell cell : cells) {
      if (cell.full()) {
        if (column == 1) {
          row++;
        }
        grid.add(cell.node(), 0, row, 2, 1);
        row++;
        column = 0;
      } else {
        grid.add(cell.node(), column, row);
        column++;
        if (column == 2) {
          column = 0;
          row++;
        }
      }
    }
  }

  private static ColumnConstraints column(double percent) {
    ColumnConstraints c = new ColumnConstraints();
    c.setPercentWidth(percent);
    c.setHgrow(Priority.ALWAYS);
    c.setFillWidth(true);
    // a column may shrink below its fields' wishes: the fields wrap or narrow instead
    c.setMinWidth(0);
    return c;
  }
}
