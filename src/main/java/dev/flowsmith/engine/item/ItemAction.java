package dev.flowsmith.engine.item;

/** The four permission actions of Directus ({@code directus_permissions.action}). */
public enum ItemAction {
  CREATE, READ, UPDATE, DELETE
}
