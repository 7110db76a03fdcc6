package dev.flowsmith.engine.item;

import org.jspecify.annotations.Nullable;

/**
 * A many-to-one relation from the snapshot's {@code relations}: {@code manyCollection.manyField}
 * holds a key of {@code oneCollection}. {@code oneField} is the o2m alias on the other side
 * ({@code invoices.lines}), if any.
 *
 * @param onDelete the foreign key's {@code ON DELETE} ({@code CASCADE}, {@code SET NULL},
 *     {@code NO ACTION}, …), null when the database has no constraint ({@code schema: null}).
 *     Directus turns foreign keys on for SQLite, so writes and deletes obey the constraint.
 */
public record Relation(String manyCollection, String manyField, String oneCollection,
    @Nullable String oneField, @Nullable String onDelete) {

  /** A relation without a database constraint. */
  public Relation(String manyCollection, String manyField, String oneCollection, @Nullable String oneField) {
    this(manyCollection, manyField, oneCollection, oneField, null);
  }
}
