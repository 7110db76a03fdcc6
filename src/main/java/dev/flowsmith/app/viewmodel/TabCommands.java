package dev.flowsmith.app.viewmodel;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the user does to the open tabs: close one (asking Save / Discard / Cancel about its unsaved
 * changes), bring one forward, step through them (Ctrl+Tab), drag one elsewhere, and the questions
 * asked for several tabs at once before quitting or opening another workspace. {@link MainViewModel}
 * offers these as its public commands; the tab list itself is {@link OpenDocuments}.
 */
final class TabCommands {

  private final OpenDocuments tabs;
  private final Dialogs dialogs;
  /** File › Save on the active tab (a tab asked about is made active first). */
  private final BooleanSupplier saveActive;
  private final Supplier<@Nullable Autosave> autosave;

  TabCommands(OpenDocuments tabs, Dialogs dialogs, BooleanSupplier saveActive, Supplier<@Nullable Autosave> autosave) {
    this.tabs = tabs;
    this.dialogs = dialogs;
    this.saveActive = saveActive;
    this.autosave = autosave;
  }

  /** Asks about one tab's unsaved changes; Save saves that tab (it becomes active to be seen). */
  boolean confirmLeave(DocumentViewModel doc) {
    if (!doc.isDirty()) {
      return true;
    }
    tabs.activate(doc);
    return switch (dialogs.askUnsaved(doc.flow().name())) {
      case SAVE -> saveActive.getAsBoolean();
      case DISCARD -> true;
      case CANCEL -> false;
    };
  }

  /** Asks about every dirty tab of {@code docs} in turn; Cancel on any one stops. */
  boolean confirmAll(List<DocumentViewModel> docs) {
    for (DocumentViewModel doc : docs) {
      if (!confirmLeave(doc)) {
        return false;
      }
    }
    return true;
  }

  /** Closes the tab after asking about its unsaved changes; false when it stays. */
  boolean close(DocumentViewModel doc) {
    if (!tabs.list().contains(doc) || !confirmLeave(doc)) {
      return false;
    }
    Autosave saver = autosave.get();
    tabs.remove(doc);
    if (saver != null) {
      saver.untrack(doc.flow().id());
    }
    return true;
  }

  /** Closes every tab {@code owned} picks, after asking about each dirty one; none closes on Cancel. */
  boolean closeAll(Predicate<DocumentViewModel> owned) {
    List<DocumentViewModel> picked = tabs.list().stream().filter(owned).toList();
    if (!confirmAll(picked)) {
      return false;
    }
    picked.forEach(tabs::remove);
    return true;
  }

  void activate(DocumentViewModel doc) {
    tabs.activate(doc);
  }

  void reorder(List<DocumentViewModel> order) {
    tabs.reorder(order);
  }

  /** Ctrl+Tab ({@code step} 1) and Ctrl+Shift+Tab ({@code step} -1), wrapping round. */
  void cycle(int step) {
    tabs.cycle(step);
  }
}
