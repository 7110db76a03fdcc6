package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The Directus system collections the snapshot leaves out but flows read through relations
 * ({@code user_created.email}). Only {@code directus_users}, with the columns of Directus 11; the
 * secret columns carry the {@code conceal} special, so they read as {@code "**********"}.
 */
public final class SystemCollections {

  public static final String USERS = "directus_users";

  private SystemCollections() {}

  public static List<CollectionSchema> all() {
    return List.of(users());
  }

  private static CollectionSchema users() {
    List<FieldSchema> fields = new ArrayList<>();
    fields.add(FieldSchema.of("id", FieldType.UUID).asPrimaryKey(false).withSpecial(List.of("uuid")));
    for (String name : List.of("first_name", "last_name", "email")) {
      fields.add(FieldSchema.of(name, FieldType.STRING));
    }
    fields.add(concealed("password"));
    fields.add(FieldSchema.of("location", FieldType.STRING));
    fields.add(FieldSchema.of("title", FieldType.STRING));
    fields.add(FieldSchema.of("description", FieldType.TEXT));
    fields.add(FieldSchema.of("tags", FieldType.JSON).withSpecial(List.of("cast-json")));
    fields.add(FieldSchema.of("avatar", FieldType.UUID));
    fields.add(FieldSchema.of("language", FieldType.STRING));
    fields.add(concealed("tfa_secret"));
    fields.add(FieldSchema.of("status", FieldType.STRING).withDefault(JsValue.of("active")));
    fields.add(FieldSchema.of("role", FieldType.UUID));
    fields.add(concealed("token"));
    fields.add(FieldSchema.of("last_access", FieldType.TIMESTAMP));
    fields.add(FieldSchema.of("last_page", FieldType.STRING));
    fields.add(FieldSchema.of("provider", FieldType.STRING).withDefault(JsValue.of("default")));
    fields.add(FieldSchema.of("external_identifier", FieldType.STRING));
    fields.add(FieldSchema.of("auth_data", FieldType.JSON).withSpecial(List.of("cast-json")));
    fields.add(FieldSchema.of("email_notifications", FieldType.BOOLEAN).withDefault(JsValue.TRUE)
        .withSpecial(List.of("cast-boolean")));
    fields.add(FieldSchema.of("appearance", FieldType.STRING));
    fields.add(FieldSchema.of("theme_dark", FieldType.STRING));
    fields.add(FieldSchema.of("theme_light", FieldType.STRING));
    fields.add(FieldSchema.of("theme_light_overrides", FieldType.JSON).withSpecial(List.of("cast-json")));
    fields.add(FieldSchema.of("theme_dark_overrides", FieldType.JSON).withSpecial(List.of("cast-json")));
    fields.add(FieldSchema.of("text_direction", FieldType.STRING).withDefault(JsValue.of("auto")));
    return CollectionSchema.of(USERS, fields);
  }

  private static FieldSchema concealed(String name) {
    return FieldSchema.of(name, FieldType.HASH).withSpecial(List.of("conceal"));
  }
}
