/**
 * The item store flows read and write (engine.md §6.3–§6.6): a schema built from a Directus
 * schema snapshot, the {@link dev.flowsmith.engine.item.ItemStore} interface modelled on
 * Directus's ItemsService, the query pieces (filter, sort, fields, search) as reusable classes, and
 * an in-memory implementation. Values are {@link dev.flowsmith.engine.value.JsValue}s in the forms
 * a Directus 11.11 server on SQLite stores and returns.
 */
@NullMarked
package dev.flowsmith.engine.item;

import org.jspecify.annotations.NullMarked;
