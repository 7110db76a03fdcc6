/**
 * The item store flows read and write (engine.md §6.3–§6.6): a schema built from a Directus
 * schema snapshot, the {@link dev.flowsmith.engine.item.ItemStore} interface modelled on
 * Directus's ItemsService, and its one implementation on SQLite (a file or memory): a query planner
 * that turns each Directus query into parameterised SQL, and the write rules on the same tables. Values are {@link dev.flowsmith.engine.value.JsValue}s in the forms
 * a Directus 11.11 server on SQLite stores and returns.
 */
@NullMarked
package dev.flowsmith.engine.item;

import org.jspecify.annotations.NullMarked;
