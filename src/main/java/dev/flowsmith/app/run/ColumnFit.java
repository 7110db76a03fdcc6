package dev.flowsmith.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their content and gives the width left over to the columns that
 * grow. JavaFX's constrained policies start every column at the same 80 px preference and then
 * shrink whichever columns they choose, which squeezed keys and paths to "lead_pa…" or to a few
 * pixels; this measures the header and the cell texts (the first {@value #MEASURED_ROWS} rows,
 * so a long run stays cheap) with the table's font and sets widths itself.
 *
 * <p>A fitted column is as wide as its widest text. Only when the columns together do not fit is one
 * cut, down to what the others leave it but never below {@code share} of the table, so one long
 * path cannot take the whole width and a short type beside it is never the one ellipsized. Growing columns split what is left equally, so a wider
 * window widens each of them. When even the minimums do not fit, the table scrolls sideways.
 */
public final class ColumnFit<T> {

  static final int MEASURED_ROWS = 500;
  /** Cell padding and the header's sort arrow room, both sides together. */
  private static final double PADDING = 26;
  /** The vertical scroll bar and the table's border. */
  private static final double CHROME = 20;
  private static final double MIN_GROWING = 80;

  private record Spec<T>(TableColumn<T, ?> column, Function<T, String> text, double share, boolean grows) {}

  private final TableView<T> table;
  private final List<Spec<T>> specs = new ArrayList<>();
  private final Text probe = new Text();
  private final javafx.beans.property.ReadOnlyDoubleWrapper contentTotal =
      new javafx.beans.property.ReadOnlyDoubleWrapper(this, "contentTotal");

  private ColumnFit(TableView<T> table) {
    this.table = table;
  }

  /** Starts fitting {@code table}; add its columns in order, then call {@link #install()}. */
  public static <T> ColumnFit<T> of(TableView<T> table) {
    return new ColumnFit<>(table);
  }

  /** A column as wide as its content, at most {@code share} (0–1) of the table's width. */
  public ColumnFit<T> fitted(TableColumn<T, ?> column, Function<T, String> text, double share) {
    specs.add(new Spec<>(column, text, share, false));
    return this;
  }

  /** A column that takes an equal part of the width the fitted columns leave. */
  public ColumnFit<T> growing(TableColumn<T, ?> column, Function<T, String> text) {
    specs.add(new Spec<>(column, text, 1, true));
    return this;
  }

  /** Switches the table to unconstrained resizing and refits on every width or item change. */
  public ColumnFit<T> install() {
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    InvalidationListener refit = obs -> fit();
    table.widthProperty().addListener(refit);
    ListChangeListener<T> rows = change -> fit();
    table.getItems().addListener(rows);
    table.itemsProperty().addListener((obs, old, now) -> {
      if (old != null) {
        old.removeListener(rows);
      }
      if (now != null) {
        now.addListener(rows);
      }
      fit();
    });
    fit();
    return this;
  }

  /** Sets every column's width from the current items and table width. */
  public void fit() {
    double available = Math.max(0, table.getWidth() - CHROME);
    double[] content = new double[specs.size()];
    double total = 0;
    for (int i = 0; i < specs.size(); i++) {
      content[i] = contentWidth(specs.get(i));
      total += content[i];
    }
    contentTotal.set(total + CHROME);
    double[] widths = new double[specs.size()];
    double used = 0;
    int growing = 0;
    for (int i = 0; i < specs.size(); i++) {
      Spec<T> spec = specs.get(i);
      if (spec.grows()) {
        growing++;
        continue;
      }
      // a fitted column is cut only when the others' content leaves it less than its text, and then
      // no narrower than its share: so at most the long key ellipsizes, never "item-cre…" beside it
      double room = available - (total - content[i]);
      widths[i] = available > 0
          ? Math.min(content[i], Math.max(MIN_GROWING, Math.max(available * spec.share(), room)))
          : content[i];
      used += widths[i];
    }
    double each = growing == 0 ? 0 : Math.max(MIN_GROWING, (available - used) / growing);
    for (int i = 0; i < specs.size(); i++) {
      double width = specs.get(i).grows() ? each : widths[i];
      TableColumn<T, ?> column = specs.get(i).column();
      column.setMinWidth(Math.min(width, MIN_GROWING / 2));
      column.setPrefWidth(width);
    }
  }

  /** The width at which no column is cut: every column's content, plus the scroll bar. */
  public javafx.beans.property.ReadOnlyDoubleProperty contentTotalProperty() {
    return contentTotal.getReadOnlyProperty();
  }

  /** The widest of the header and the measured cells, with padding. */
  private double contentWidth(Spec<T> spec) {
    // the stylesheet's font once a cell is drawn (AtlantaFX sets its own size), else the default
    probe.setFont(table.lookup(".table-cell") instanceof Labeled cell ? cell.getFont() : Font.getDefault());
    double widest = measure(spec.column().getText());
    List<T> items = table.getItems();
    int rows = items == null ? 0 : Math.min(items.size(), MEASURED_ROWS);
    for (int i = 0; i < rows; i++) {
      String text = spec.text().apply(items.get(i));
      if (text != null) {
        widest = Math.max(widest, measure(text));
      }
    }
    return Math.ceil(widest + PADDING);
  }

  private double measure(String text) {
    probe.setText(text);
    return probe.getLayoutBounds().getWidth();
  }
}
