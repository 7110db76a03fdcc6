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
 * @param junctionField {@code meta.junction_field}: on a junction's relation, the other m2o of the
 *     junction (m2m); null otherwise
 * @param oneDeselectAction {@code meta.one_deselect_action}: what an o2m write does with children
 *     it no longer lists, {@code nullify} (the default) or {@code delete}
 */
public record Relation(String manyCollection, String manyField, String oneCollection,
    @Nullable String oneField, @Nullable String onDelete, @Nullable String junctionField,
    String oneDeselectAction) {

  public static final String NULLIFY = "nullify";
  public static final String DELETE = "delete";

  /** A relation without a database constraint. */
  public Relation(String manyCollection, String manyField, String oneCollection, @Nullable String oneField) {
    this(manyCollection, manyField, oneCollection, oneField, null);
  }

  /** A plain m2o/o2m pair (no junction) whose deselected children are nullified. */
  public Relation(String manyCollection, String manyField, String oneCollection, @Nullable String oneField,
      @Nullable String onDelete) {
    this(manyCollection, manyField, oneCollection, oneField, onDelete, null, NULLIFY);
  }

  /** Whether an o2m write deletes the children it no longer lists (else it sets their key to null). */
  public boolean deletesDeselected() {
    return DELETE.equals(oneDeselectAction);
  }
}
