package dev.flowsmith.app.edit;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Operation keys (editor.md §9): slugs of the name, placeholders {@code <type>_<5 letters>},
 * uniqueness within a flow. A key is a data-chain name, so it must not be empty, must not start
 * with {@code $} (reserved: {@code $trigger}, {@code $last} …) and keeps to database-safe
 * characters.
 */
public final class OperationKeys {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_-]+");
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final RandomGenerator RANDOM = new SecureRandom();

  private OperationKeys() {}

  /** The Studio's slug: lower case, runs of anything else become one {@code _}, trimmed. */
  public static String slug(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && !out.isEmpty()) {
          out.append('_');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** Five random lower-case letters, the suffix of placeholders and duplicates. */
  public static String randomSuffix() {
    StringBuilder out = new StringBuilder(5);
    for (int i = 0; i < 5; i++) {
      out.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    return out.toString();
  }

  /** A placeholder key for a new operation of this type, unique in the flow. */
  public static String placeholder(Flow flow, String type) {
    Set<String> taken = keys(flow, null);
    String key;
    do {
      key = slug(type) + "_" + randomSuffix();
    } while (taken.contains(key));
    return key;
  }

  /** {@code base}, or {@code base_2}, {@code base_3} … — the first not used by another operation. */
  public static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String candidate = base + "_" + n;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** Every key in the flow except the one of {@code exceptId}. */
  public static Set<String> keys(Flow flow, @Nullable String exceptId) {
    Set<String> keys = new HashSet<>();
    for (Operation op : flow.operations()) {
      if (!op.id().equals(exceptId)) {
        keys.add(op.key());
      }
    }
    return keys;
  }

  /** Why {@code key} cannot be the key of operation {@code operationId}, or empty when it can. */
  public static Optional<String> problem(Flow flow, @Nullable String operationId, String key) {
    if (key.isEmpty()) {
      return Optional.of("A key is required.");
    }
    if (key.startsWith("$")) {
      return Optional.of("Keys starting with $ are reserved for the data chain ($trigger, $last …).");
    }
    if (!ALLOWED.matcher(key).matches()) {
      return Optional.of("Use lower-case letters, digits, _ and - only.");
    }
    if (keys(flow, operationId).contains(key)) {
      return Optional.of("Another operation of this flow already has the key \"" + key + "\".");
    }
    return Optional.empty();
  }
}
