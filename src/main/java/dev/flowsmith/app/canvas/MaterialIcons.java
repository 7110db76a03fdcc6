package dev.flowsmith.app.canvas;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.TriggerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.text.Font;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Directus's Material Symbols names, as the Studio gives its operations, triggers and flows, mapped
 * to Ikonli's material2 (Material Icons 2020) glyphs; a name the 2020 set lacks maps to its
 * nearest glyph, an unknown name to {@link #FALLBACK}. The canvas draws the glyph as text in the
 * pack's font.
 */
public final class MaterialIcons {

  public static final Ikon FALLBACK = Material2AL.EXTENSION;
  private static final String FONT = "/META-INF/resources/material2/20200820/fonts/MaterialIcons.ttf";

  /** The names {@code StandardOperations.types()} and {@code TriggerType} carry (the Studio's), and common flow icons. */
  private static final Map<String, Ikon> ICONS = Map.ofEntries(
      Map.entry("rule", Material2MZ.RULE), // condition
      Map.entry("code", Material2AL.CODE), // exec
      Map.entry("add", Material2AL.ADD), // item-create
      Map.entry("delete", Material2AL.DELETE), // item-delete
      Map.entry("visibility", Material2MZ.VISIBILITY), // item-read
      Map.entry("edit", Material2AL.EDIT), // item-update
      Map.entry("key", Material2MZ.VPN_KEY), // json-web-token: "key" is newer than the 2020 set
      Map.entry("terminal", Material2MZ.SUBJECT), // log: no terminal glyph in 2020
      Map.entry("mail", Material2MZ.MAIL), // mail
      Map.entry("notifications", Material2MZ.NOTIFICATIONS), // notification
      Map.entry("link", Material2AL.LINK), // request, and the webhook trigger
      Map.entry("schedule", Material2MZ.SCHEDULE), // sleep, and the schedule trigger
      Map.entry("move_down", Material2MZ.TRANSFORM), // transform: no move_down in 2020
      Map.entry("flag", Material2AL.FLAG), // trigger (run a flow)
      Map.entry("error", Material2AL.ERROR), // throw-error
      Map.entry("anchor", Material2AL.ANCHOR), // event hook
      Map.entry("bolt", Material2AL.FLASH_ON), // another flow; the Studio's default flow icon
      Map.entry("touch_app", Material2MZ.TOUCH_APP), // manual
      Map.entry("webhook", Material2AL.HTTP),
      Map.entry("account_tree", Material2AL.ACCOUNT_TREE),
      Map.entry("cloud_download", Material2AL.CLOUD_DOWNLOAD));

  private static @Nullable Font font;
  private static double fontSize;

  private MaterialIcons() {}

  /**
   * Every Material Icons name of the 2020 set (filled style), A to Z: {@code calculate},
   * {@code auto_delete} … — the names a flow's {@code icon} takes, as Directus's icon picker lists them.
   */
  private static final Map<String, Ikon> BY_NAME = byName();

  /** The glyph for a Directus icon name; unknown or absent names give {@link #FALLBACK}. */
  public static Ikon forName(@Nullable String name) {
    if (name == null) {
      return FALLBACK;
    }
    String key = name.strip();
    Ikon mapped = ICONS.get(key);
    return mapped != null ? mapped : BY_NAME.getOrDefault(key, FALLBACK);
  }

  /** True when the name has a glyph of its own (not the fallback). */
  public static boolean known(String name) {
    return ICONS.containsKey(name.strip()) || BY_NAME.containsKey(name.strip());
  }

  /** All icon names the picker offers, sorted. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  private static Map<String, Ikon> byName() {
    Map<String, Ikon> names = new TreeMap<>();
    for (Ikon[] pack : List.of(Material2AL.values(), Material2MZ.values())) {
      for (Ikon ikon : pack) {
        // descriptions are "mdal-calculate" / "mdmz-settings"
        String description = ikon.getDescription();
        names.put(description.substring(description.indexOf('-') + 1), ikon);
      }
    }
    ICONS.forEach(names::putIfAbsent);
    return Collections.unmodifiableMap(names);
  }

  /** The operation type's Studio icon ({@link StandardOperations#types()}); an unknown type gets the fallback. */
  public static Ikon forOperation(String type) {
    return forName(StandardOperations.types().find(type).map(OperationType::icon).orElse(null));
  }

  /** The trigger's Studio icon ({@link TriggerType}). */
  public static Ikon forTrigger(@Nullable String trigger) {
    return forName(trigger == null ? null : TriggerType.fromId(trigger).map(TriggerType::icon).orElse(null));
  }

  /** The glyph as the one character to draw in {@link #font}. */
  public static String text(Ikon ikon) {
    return new String(Character.toChars(ikon.getCode()));
  }

  /** The pack's font at {@code size}, loaded once per size; the system font if the pack is missing. */
  public static Font font(double size) {
    if (font == null || fontSize != size) {
      try (InputStream in = MaterialIcons.class.getResourceAsStream(FONT)) {
        Font loaded = in == null ? null : Font.loadFont(in, size);
        font = loaded == null ? Font.font(size) : loaded;
      } catch (IOException unreadable) {
        font = Font.font(size);
      }
      fontSize = size;
    }
    return font;
  }
}
