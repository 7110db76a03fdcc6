package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.COLLECTION;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TAGS;
import static dev.flowsmith.model.OptionField.Kind.TOGGLE;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OptionField;

/** Options several core types describe alike (the four item operations and notifications). */
final class CommonOptions {

  private CommonOptions() {}

  static OptionField collection() {
    return field("collection", "Collection", COLLECTION).half().required().build();
  }

  /** Directus also accepts a role id here, so the list has an "Other…" entry. */
  static OptionField.Builder permissions() {
    return field("permissions", "Permissions", SELECT).choices("$trigger", "$public", "$full").orOther()
        .defaultValue("$trigger");
  }

  static OptionField emitEvents() {
    return field("emitEvents", "Emit Events", TOGGLE).half().defaultValue(JsonValue.FALSE).build();
  }

  static OptionField keys() {
    return field("key", "IDs", TAGS).half().build();
  }
}
