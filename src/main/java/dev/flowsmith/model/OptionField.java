package dev.flowsmith.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of one option of an operation or trigger (STYLE.md rule 3): the side-panel
 * form, lint and template completion are all derived from these, never written per type.
 *
 * @param defaultValue what the Studio merges in on save (editor.md §7), or null when none
 * @param required lint reports the option when it is missing or empty
 * @param templatable whether {@code {{ }}} templates are expected in the value
 * @param choices the offered values of a select
 * @param allowsOther whether a select also takes a value not in {@code choices} (Directus's
 *     {@code allowOther}): the form offers an "Other…" entry that switches to a text field
 * @param visibleWhen shown only when another option has one of some values; null = always
 */
public record OptionField(
    String key,
    String label,
    Kind kind,
    Width width,
    @Nullable JsonValue defaultValue,
    boolean required,
    boolean templatable,
    List<String> choices,
    boolean allowsOther,
    @Nullable Condition visibleWhen) {

  public enum Kind {
    TEXT, TEXT_AREA, MARKDOWN, NUMBER, TOGGLE, SELECT, RADIO, MULTI_SELECT, TAGS, COLLECTION,
    COLLECTIONS, HEADERS, JSON, JAVASCRIPT, FLOW
  }

  public enum Width {
    HALF, FULL
  }

  /** "Show this field only when option {@code key} is one of {@code values}". */
  public record Condition(String key, List<String> values) {
    public boolean test(JsonValue.JsonObject options) {
      return options.string(key).map(values::contains).orElse(false);
    }
  }

  public OptionField {
    Objects.requireNonNull(key);
    Objects.requireNonNull(label);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(width);
    choices = List.copyOf(choices);
  }

  public Optional<JsonValue> defaultOption() {
    return Optional.ofNullable(defaultValue);
  }

  /** True if the field applies to these options (its visibility condition holds). */
  public boolean appliesTo(JsonValue.JsonObject options) {
    return visibleWhen == null || visibleWhen.test(options);
  }

  public static Builder field(String key, String label, Kind kind) {
    return new Builder(key, label, kind);
  }

  /** Fluent construction for the catalogs, which read like the tables of editor.md §7–§8. */
  public static final class Builder {
    private final String key;
    private final String label;
    private final Kind kind;
    private Width width = Width.FULL;
    private @Nullable JsonValue defaultValue;
    private boolean required;
    private boolean templatable = true;
    private List<String> choices = List.of();
    private boolean allowsOther;
    private @Nullable Condition visibleWhen;

    private Builder(String key, String label, Kind kind) {
      this.key = key;
      this.label = label;
      this.kind = kind;
    }

    public Builder half() {
      width = Width.HALF;
      return this;
    }

    public Builder defaultValue(JsonValue value) {
      defaultValue = value;
      return this;
    }

    public Builder defaultValue(String value) {
      return defaultValue(JsonValue.of(value));
    }

    public Builder required() {
      required = true;
      return this;
    }

    public Builder literal() {
      templatable = false;
      return this;
    }

    public Builder choices(String... values) {
      choices = List.of(values);
      return this;
    }

    /** The select also takes a free value, as Directus's {@code allowOther: true}. */
    public Builder orOther() {
      allowsOther = true;
      return this;
    }

    public Builder when(String otherKey, String... values) {
      visibleWhen = new Condition(otherKey, List.of(values));
      return this;
    }

    public OptionField build() {
      return new OptionField(key, label, kind, width, defaultValue, required, templatable, choices, allowsOther, visibleWhen);
    }
  }
}
