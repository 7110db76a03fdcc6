package dev.flowsmith.app.view;

import dev.flowsmith.app.action.ActionRegistry;
import dev.flowsmith.app.action.AppAction;
import dev.flowsmith.app.action.AppActions;
import dev.flowsmith.app.action.AppActions.MenuSpec;
import dev.flowsmith.app.viewmodel.RecentEntry;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Turns the action registry and menu layout into a menu bar; the items only bind to actions. */
public final class MenuBarBuilder {

  private MenuBarBuilder() {}

  public static MenuBar build(ActionRegistry registry, List<MenuSpec> layout, ObservableList<RecentEntry> recent,
      Consumer<RecentEntry> openRecent) {
    MenuBar bar = new MenuBar();
    for (MenuSpec spec : layout) {
      Menu menu = new Menu(spec.label());
      for (String id : spec.items()) {
        menu.getItems().add(switch (id) {
          case AppActions.SEPARATOR -> new SeparatorMenuItem();
          case AppActions.RECENT_MENU -> recentMenu(registry, recent, openRecent);
          default -> item(registry.get(id));
        });
      }
      bar.getMenus().add(menu);
    }
    return bar;
  }

  static MenuItem item(AppAction action) {
    MenuItem item;
    if (action.isToggle()) {
      CheckMenuItem check = new CheckMenuItem(action.label());
      // the check item flips its own state, so it binds instead of running the toggle handler
      check.selectedProperty().bindBidirectional(action.selected());
      item = check;
    } else {
      item = new MenuItem(action.label());
      if (action.liveLabel() != null) {
        item.textProperty().bind(action.liveLabel());
      }
      item.setOnAction(event -> action.run());
    }
    item.setId(action.id());
    item.setAccelerator(action.shortcut());
    item.disableProperty().bind(action.enabled().not());
    return item;
  }

  /** File › Recent, rebuilt whenever the list changes, with Clear Recent at the bottom. */
  private static Menu recentMenu(ActionRegistry registry, ObservableList<RecentEntry> recent,
      Consumer<RecentEntry> openRecent) {
    Menu menu = new Menu("Recent");
    menu.setId(AppActions.RECENT_MENU);
    MenuItem clear = item(registry.get(AppActions.CLEAR_RECENT));
    Runnable rebuild = () -> {
      menu.getItems().clear();
      for (RecentEntry entry : recent) {
        MenuItem item = new MenuItem(entry.label());
        item.setMnemonicParsing(false); // file names often hold underscores
        item.setOnAction(event -> openRecent.accept(entry));
        menu.getItems().add(item);
      }
      menu.getItems().addAll(new SeparatorMenuItem(), clear);
    };
    recent.addListener((javafx.collections.ListChangeListener<RecentEntry>) change -> rebuild.run());
    rebuild.run();
    menu.disableProperty().bind(Bindings.isEmpty(recent));
    return menu;
  }
}
