package dev.flowsmith.app.workspaceview;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/** How the data view shows and edits items: column order, cell text and the JSON editor's text. */
final class ItemRows {

  private ItemRows() {}

  /** The collection's columns, primary key first, then the others in schema order. */
  static List<String> columns(CollectionSchema collection) {
    List<String> names = new ArrayList<>();
    names.add(collection.primaryKey());
    for (FieldSchema field : collection.columns()) {
      if (!field.name().equals(collection.primaryKey())) {
        names.add(field.name());
      }
    }
    return names;
  }

  /** A cell: strings as they are, null and missing as empty, anything else as JSON. */
  static String cellText(JsValue value) {
    if (value instanceof JsString text) {
      return text.value();
    }
    if (value.isNullish()) {
      return "";
    }
    return JsJson.stringify(value).orElse("");
  }

  /** The editor text for a new item: every column but a generated key, with its default. */
  static String newItemTemplate(CollectionSchema collection) {
    JsObject.Builder item = JsObject.builder();
    for (FieldSchema field : collection.columns()) {
      boolean generatedKey = field.primaryKey() && (field.autoIncrement() || field.hasSpecial("uuid"));
      if (!generatedKey) {
        item.put(field.name(), field.defaultValue());
      }
    }
    return pretty(item.build());
  }

  /** A new item from the editor: null members are left out so the store fills defaults and specials. */
  static JsObject newItem(String text) {
    JsObject parsed = parseObject(text);
    JsObject item = parsed;
    for (String key : parsed.keys()) {
      if (parsed.get(key).isNullish()) {
        item = item.without(key);
      }
    }
    return item;
  }

  /** The members of the edited item that differ from the stored one (the key never changes). */
  static JsObject changes(JsObject stored, String text, String primaryKey) {
    JsObject edited = parseObject(text);
    JsObject.Builder changes = JsObject.builder();
    for (String key : edited.keys()) {
      if (!key.equals(primaryKey) && !edited.get(key).equals(stored.get(key))) {
        changes.put(key, edited.get(key));
      }
    }
    return changes.build();
  }

  static JsObject parseObject(String text) {
    JsValue parsed;
    try {
      parsed = JsJson.parse(text);
    } catch (RuntimeException notJson) {
      throw new IllegalArgumentException("The item is not valid JSON: " + ViewTasks.message(notJson), notJson);
    }
    if (parsed instanceof JsObject object) {
      return object;
    }
    throw new IllegalArgumentException("The item must be a JSON object");
  }

  /** One member per line, so a row is easy to edit by hand. */
  static String pretty(JsObject item) {
    StringBuilder out = new StringBuilder("{\n");
    List<String> keys = new ArrayList<>(item.keys());
    for (int i = 0; i < keys.size(); i++) {
      out.append("  ");
      JsJson.quote(keys.get(i), out);
      out.append(": ").append(JsJson.stringify(item.get(keys.get(i))).orElse("null"));
      out.append(i < keys.size() - 1 ? ",\n" : "\n");
    }
    return out.append('}').toString();
  }
}
