package dev.flowsmith.engine.item.diff;

import dev.flowsmith.engine.item.AccessPolicy;
import dev.flowsmith.engine.item.ItemAction;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The recorded limited role ({@code access.json}: role id and grants) as an access policy. */
final class DiffAccess {

  private DiffAccess() {}

  static AccessPolicy policy(JsObject access) {
    String role = ((JsString) access.get("role")).value();
    AccessPolicy.Builder builder = AccessPolicy.builder().role(role, false, false);
    JsObject grants = (JsObject) access.get("grants");
    for (String collection : grants.keys()) {
      JsObject actions = (JsObject) grants.get(collection);
      for (String action : actions.keys()) {
        List<String> fields = new ArrayList<>();
        ((JsArray) actions.get(action)).elements().forEach(f -> fields.add(((JsString) f).value()));
        builder.allowRoleFields(role, collection, ItemAction.valueOf(action.toUpperCase(Locale.ROOT)), fields);
      }
    }
    return builder.build();
  }

  static JsObject accountability(JsObject access) {
    String role = ((JsString) access.get("role")).value();
    return JsObject.builder()
        .put("role", role).put("user", "storediff-limited-user").put("roles", JsArray.of(JsValue.of(role)))
        .put("admin", JsValue.FALSE).put("app", JsValue.FALSE).put("ip", JsValue.NULL)
        .build();
  }
}
