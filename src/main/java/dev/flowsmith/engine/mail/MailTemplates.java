package dev.flowsmith.engine.mail;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liqp.TemplateParser;
import liqp.parser.Flavor;
import org.jspecify.annotations.Nullable;

/**
 * Liquid mail templates (engine.md §6.9): {@code <name>.liquid} from the custom templates folder
 * first, then the built-in ones ({@code base}: a plain layout around {@code {{ html }}} with the
 * project's name, colour, logo and URL). A name that would leave its folder is not looked up.
 */
public final class MailTemplates {

  private static final String BUILT_IN = "/dev/flowsmith/engine/mail/templates/";
  private static final double MAX_SAFE_INTEGER = 9_007_199_254_740_991d;

  private final @Nullable Path customDirectory;
  private final TemplateParser parser = new TemplateParser.Builder().withFlavor(Flavor.LIQUID).build();

  public MailTemplates(@Nullable Path customDirectory) {
    this.customDirectory = customDirectory;
  }

  /** Renders a template with the given variables (the project defaults already merged in). */
  public String render(String name, JsObject variables) {
    String source = source(name);
    try {
      return parser.parse(source).render(members(variables));
    } catch (RuntimeException e) {
      throw new MailException("Template \"" + name + "\" could not be rendered: " + e.getMessage(), e);
    }
  }

  private String source(String name) {
    try {
      if (customDirectory != null) {
        Path folder = customDirectory.toAbsolutePath().normalize();
        Path file = folder.resolve(name + ".liquid").normalize();
        if (file.startsWith(folder) && Files.isRegularFile(file)) {
          return Files.readString(file, StandardCharsets.UTF_8);
        }
      }
      if (!name.contains("/") && !name.contains("\\") && !name.contains("..")) {
        try (InputStream in = MailTemplates.class.getResourceAsStream(BUILT_IN + name + ".liquid")) {
          if (in != null) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
    } catch (IOException e) {
      throw new MailException("Template \"" + name + "\" could not be read", e);
    }
    // Directus: InvalidPayloadError({reason: `Template "${template}" doesn't exist`})
    throw new MailException("Invalid payload. Template \"" + name + "\" doesn't exist.");
  }

  /** JS values as the plain Java values liquid reads; whole numbers stay whole ({@code 5}, not 5.0). */
  static @Nullable Object toJava(JsValue value) {
    if (value instanceof JsObject object) {
      return members(object);
    }
    if (value instanceof JsError error) {
      return members(error.properties());
    }
    if (value instanceof JsArray array) {
      List<@Nullable Object> elements = new ArrayList<>();
      array.elements().forEach(element -> elements.add(toJava(element)));
      return elements;
    }
    if (value instanceof JsString text) {
      return text.value();
    }
    if (value instanceof JsNumber number) {
      double n = number.value();
      return n == Math.rint(n) && Math.abs(n) <= MAX_SAFE_INTEGER ? (Object) (long) n : (Object) n;
    }
    if (value instanceof JsBoolean bool) {
      return bool.value();
    }
    if (value instanceof JsDate date) {
      return date.isValid() ? date.toIsoString() : null;
    }
    return null;
  }

  private static Map<String, Object> members(JsObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.members().forEach((key, member) -> map.put(key, toJava(member)));
    return map;
  }
}
