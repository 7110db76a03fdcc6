package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * Per-user preferences of the desktop app (window placement, split positions, theme, minimap),
 * kept as {@code settings.properties} in the config folder. Like the recent list it is a
 * convenience: an unreadable file starts from the defaults and a failed write is ignored.
 */
public final class UserSettings {

  public static final String FILE_NAME = "settings.properties";

  private final Path file;
  private final Properties values = new Properties();

  private UserSettings(Path file) {
    this.file = file;
  }

  public static UserSettings load(Path configDir) {
    UserSettings settings = new UserSettings(configDir.resolve(FILE_NAME));
    if (Files.isRegularFile(settings.file)) {
      try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
        settings.values.load(in);
      } catch (IOException | IllegalArgumentException unreadable) {
        settings.values.clear();
      }
    }
    return settings;
  }

  public Optional<String> string(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  public OptionalDouble number(String key) {
    String text = values.getProperty(key);
    if (text == null) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(text);
      return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    } catch (NumberFormatException notANumber) {
      return OptionalDouble.empty();
    }
  }

  public boolean flag(String key, boolean fallback) {
    String text = values.getProperty(key);
    return text == null ? fallback : Boolean.parseBoolean(text);
  }

  public void put(String key, String value) {
    values.setProperty(key, value);
  }

  public void put(String key, double value) {
    values.setProperty(key, Double.toString(value));
  }

  public void put(String key, boolean value) {
    values.setProperty(key, Boolean.toString(value));
  }

  /** Writes the file now; callers save on a change the user made, never per pixel. */
  public void save() {
    StringWriter text = new StringWriter();
    try {
      values.store(text, "Flowsmith desktop settings");
      AtomicFiles.write(file, text.toString());
    } catch (IOException ignored) {
      // a read-only config folder must not stop the app; the settings are just not kept
    }
  }
}
