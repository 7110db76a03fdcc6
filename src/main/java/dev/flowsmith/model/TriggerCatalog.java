package dev.flowsmith.model;

import static dev.flowsmith.model.OptionField.Kind.COLLECTIONS;
import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.Kind.MULTI_SELECT;
import static dev.flowsmith.model.OptionField.Kind.RADIO;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.Kind.TOGGLE;
import static dev.flowsmith.model.OptionField.field;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The options of each trigger type, as the Studio's trigger forms define them (editor.md §8, format.md §4). */
public final class TriggerCatalog {

  public static final List<String> ACTION_SCOPES = List.of("items.create", "items.update", "items.delete",
      "items.promote", "items.sort", "server.start", "server.stop", "response", "auth.login", "files.upload");
  public static final List<String> FILTER_SCOPES = List.of("items.create", "items.update", "items.delete",
      "items.promote", "request.not_found", "request.error", "database.error", "auth.login", "auth.jwt",
      "auth.create", "auth.update", "authenticate");

  private static final Map<TriggerType, List<OptionField>> FIELDS = new EnumMap<>(TriggerType.class);

  static {
    FIELDS.put(TriggerType.EVENT, List.of(
        field("type", "Type", RADIO).choices("filter", "action").required().literal().build(),
        field("scope", "Scope", MULTI_SELECT).required().literal().build(),
        field("collections", "Collections", COLLECTIONS).literal().build(),
        field("return", "Response Body", RADIO).choices("$last", "$all").when("type", "filter").literal().build()));
    FIELDS.put(TriggerType.WEBHOOK, List.of(
        field("method", "Method", SELECT).half().choices("GET", "POST").defaultValue("GET").literal().build(),
        field("async", "Asynchronous", TOGGLE).half().defaultValue(JsonValue.FALSE).build(),
        field("return", "Response Body", RADIO).choices("$last", "$all").defaultValue("$last").literal().build(),
        field("cacheEnabled", "Cache", TOGGLE).half().defaultValue(JsonValue.TRUE).when("method", "GET").build(),
        field("error_on_reject", "Error on Reject", TOGGLE).half().defaultValue(JsonValue.FALSE).build()));
    FIELDS.put(TriggerType.SCHEDULE, List.of(
        field("cron", "Interval", TEXT).required().literal().build()));
    FIELDS.put(TriggerType.OPERATION, List.of(
        field("return", "Response Body", RADIO).choices("$last", "$all").literal().build()));
    FIELDS.put(TriggerType.MANUAL, List.of(
        field("collections", "Collections", COLLECTIONS).required().literal().build(),
        field("async", "Asynchronous", TOGGLE).half().defaultValue(JsonValue.FALSE).build(),
        field("location", "Location", SELECT).half().choices("both", "collection", "item").defaultValue("both")
            .literal().build(),
        field("requireSelection", "Require Selection", TOGGLE).half().defaultValue(JsonValue.TRUE).build(),
        field("requireConfirmation", "Require Confirmation", TOGGLE).defaultValue(JsonValue.FALSE).build(),
        field("confirmationDescription", "Confirmation Description", TEXT).build(),
        field("fields", "Confirmation Input Fields", JSON).literal().build(),
        field("error_on_reject", "Error on Reject", TOGGLE).half().defaultValue(JsonValue.FALSE).build()));
  }

  private TriggerCatalog() {}

  public static List<OptionField> fields(TriggerType type) {
    return FIELDS.get(type);
  }
}
