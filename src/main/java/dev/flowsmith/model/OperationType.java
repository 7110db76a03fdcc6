package dev.flowsmith.model;

import java.util.List;
import java.util.Optional;

/**
 * What the editor and lint know about one operation type (editor.md §7).
 *
 * @param overview the option keys summarised on the tile, in order
 */
public record OperationType(String id, String displayName, String icon, List<OptionField> fields,
    List<String> overview) {

  public OperationType {
    fields = List.copyOf(fields);
    overview = List.copyOf(overview);
  }

  /** A type as the catalogs read: the overview keys first, then the form's fields in order. */
  public static OperationType of(String id, String displayName, String icon, List<String> overview,
      OptionField... fields) {
    return new OperationType(id, displayName, icon, List.of(fields), overview);
  }

  public Optional<OptionField> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
