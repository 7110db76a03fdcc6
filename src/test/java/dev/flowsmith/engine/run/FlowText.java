package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;

/**
 * Builds test flows from JSON written with single quotes: a whole document, or a trigger, its
 * options, the entry key and operation objects (ids are the keys; positions are filled in).
 */
final class FlowText {

  private FlowText() {}

  /** A flow from a canonical document written with single quotes for readability (no apostrophes inside). */
  static Flow flow(String json) {
    try {
      return FlowReader.read(json.replace('\'', '"'), "test").single();
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A flow document with the given trigger, options and operations (each a JSON object text). */
  static Flow flow(String trigger, String triggerOptions, String entry, String... operations) {
    StringBuilder ops = new StringBuilder();
    int column = 19;
    for (String op : operations) {
      if (ops.length() > 0) {
        ops.append(',');
      }
      String body = op.trim().substring(1);
      ops.append("{'flow':'f','position_x':").append(column).append(",'position_y':1,").append(body);
      column += 18;
    }
    return flow("{'id':'f','name':'Test','status':'active','trigger':'" + trigger + "','accountability':'all',"
        + "'options':" + triggerOptions + ",'operation':" + (entry == null ? "null" : "'" + entry + "'")
        + ",'operations':[" + ops + "]}");
  }

  static JsValue js(String json) {
    return JsJson.parse(json.replace('\'', '"'));
  }

  static String text(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }
}
