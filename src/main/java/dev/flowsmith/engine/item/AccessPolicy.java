package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a restricted accountability may do in the local store. engine.md §6 "Permission
 * resolution" maps a flow's {@code permissions} option to an accountability; this class decides
 * what that accountability can do here. The desktop has one user and no Directus policies, so:
 *
 * <ul>
 *   <li>a null accountability ({@code $trigger} of a schedule) and any accountability with
 *       {@code admin: true} ({@code $full}, an admin caller) are unrestricted, as on the server;
 *   <li>{@code $public} and anonymous callers ({@code role: null}, not admin) get the public grants:
 *       per collection, a set of actions. The default grants nothing, which matches a fresh Directus
 *       where the public policy has no permissions: every item call is {@code FORBIDDEN};
 *   <li>a role id must be declared here ({@link Builder#role}), with its admin/app flags and its
 *       grants; an unknown id rejects like Directus:
 *       {@code Configured role "<id>" isn't a valid role ID or doesn't exist.}
 * </ul>
 *
 * Grants are per collection and action, with the fields they cover ({@code *} for all, as
 * {@code directus_permissions.fields}); item-level permission filters, validation rules and
 * presets of Directus policies are not modelled (a local store cannot honestly guess them).
 */
public final class AccessPolicy {

  /** All fields of a collection, as {@code directus_permissions.fields} writes it. */
  public static final String ALL_FIELDS = "*";

  /** Per collection, per granted action, the fields it covers ({@link #ALL_FIELDS} for all). */
  private final Map<String, Map<ItemAction, Set<String>>> publicGrants;
  private final Map<String, Role> roles;

  private record Role(boolean admin, boolean app, Map<String, Map<ItemAction, Set<String>>> grants) {}

  private AccessPolicy(Map<String, Map<ItemAction, Set<String>>> publicGrants, Map<String, Role> roles) {
    this.publicGrants = Map.copyOf(publicGrants);
    this.roles = Map.copyOf(roles);
  }

  /** No roles, and the public may do nothing: Directus's defaults. */
  public static AccessPolicy closed() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The accountability Directus builds for a role id ({@code getAccountabilityForRole}):
   * {@code {role, user: null, roles: [role], admin, app, ip: null}}.
   *
   * @throws JsException the plain Error Directus throws for an unknown role
   */
  public JsObject accountabilityForRole(String roleId) {
    Role role = roles.get(roleId);
    if (role == null) {
      throw new JsException(JsError.error(
          "Configured role \"" + roleId + "\" isn't a valid role ID or doesn't exist."));
    }
    return JsObject.builder()
        .put("role", roleId).put("user", JsValue.NULL).put("roles", JsArray.of(JsValue.of(roleId)))
        .put("admin", JsValue.of(role.admin())).put("app", JsValue.of(role.app())).put("ip", JsValue.NULL)
        .build();
  }

  /** Whether {@code access} may perform {@code action} on {@code collection}. */
  public boolean allows(ItemAccess access, String collection, ItemAction action) {
    return fields(access, collection, action) != null;
  }

  /**
   * The fields {@code access} may use for {@code action} on {@code collection}: null when the action
   * is not granted at all, a set holding {@link #ALL_FIELDS} when every field is.
   */
  public @Nullable Set<String> fields(ItemAccess access, String collection, ItemAction action) {
    if (access.unrestricted()) {
      return Set.of(ALL_FIELDS);
    }
    @Nullable String roleId = access.role();
    Map<String, Map<ItemAction, Set<String>>> grants;
    if (roleId == null) {
      grants = publicGrants;
    } else {
      Role role = roles.get(roleId);
      if (role != null && role.admin()) {
        return Set.of(ALL_FIELDS);
      }
      grants = role == null ? Map.of() : role.grants();
    }
    return grants.getOrDefault(collection, Map.of()).get(action);
  }

  /** Whether {@code access} may use {@code field} of {@code collection} for {@code action}. */
  public boolean allowsField(ItemAccess access, String collection, ItemAction action, String field) {
    @Nullable Set<String> fields = fields(access, collection, action);
    return fields != null && (fields.contains(ALL_FIELDS) || fields.contains(field));
  }

  /**
   * Throws {@code FORBIDDEN} unless {@link #allows}, with 11.11's reason: a create names the action;
   * reads, updates and deletes (which read the items first) say the collection cannot be accessed.
   */
  public void check(ItemAccess access, String collection, ItemAction action) {
    if (!allows(access, collection, action)) {
      throw action == ItemAction.CREATE ? ItemErrors.createForbidden(collection)
          : ItemErrors.collectionForbidden(collection);
    }
  }

  public static final class Builder {
    private final Map<String, Map<ItemAction, Set<String>>> publicGrants = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();

    /** Lets the public ({@code $public}, anonymous callers) perform these actions on a collection. */
    public Builder allowPublic(String collection, ItemAction... actions) {
      grant(publicGrants, collection, actions);
      return this;
    }

    /** Declares a role id that {@code permissions} may name. */
    public Builder role(String roleId, boolean admin, boolean app) {
      roles.putIfAbsent(roleId, new Role(admin, app, new HashMap<>()));
      return this;
    }

    /** Lets a declared role perform these actions on a collection. */
    public Builder allowRole(String roleId, String collection, ItemAction... actions) {
      Role role = roles.get(roleId);
      if (role == null) {
        throw new IllegalArgumentException("Declare role " + roleId + " before granting to it");
      }
      grant(role.grants(), collection, actions);
      return this;
    }

    /** Lets a declared role perform one action on some fields of a collection ({@code *}: all). */
    public Builder allowRoleFields(String roleId, String collection, ItemAction action, java.util.Collection<String> fields) {
      Role role = roles.get(roleId);
      if (role == null) {
        throw new IllegalArgumentException("Declare role " + roleId + " before granting to it");
      }
      role.grants().computeIfAbsent(collection, c -> new EnumMap<>(ItemAction.class))
          .computeIfAbsent(action, a -> new HashSet<>()).addAll(fields);
      return this;
    }

    public AccessPolicy build() {
      Map<String, Role> frozen = new HashMap<>();
      roles.forEach((id, role) -> frozen.put(id, new Role(role.admin(), role.app(), freeze(role.grants()))));
      return new AccessPolicy(freeze(publicGrants), frozen);
    }

    private static void grant(Map<String, Map<ItemAction, Set<String>>> grants, String collection, ItemAction... actions) {
      Map<ItemAction, Set<String>> granted = grants.computeIfAbsent(collection, c -> new EnumMap<>(ItemAction.class));
      for (ItemAction action : actions) {
        granted.computeIfAbsent(action, a -> new HashSet<>()).add(ALL_FIELDS);
      }
    }

    private static Map<String, Map<ItemAction, Set<String>>> freeze(Map<String, Map<ItemAction, Set<String>>> grants) {
      Map<String, Map<ItemAction, Set<String>>> copy = new HashMap<>();
      grants.forEach((collection, actions) -> {
        Map<ItemAction, Set<String>> frozen = new EnumMap<>(ItemAction.class);
        actions.forEach((action, fields) -> frozen.put(action, Set.copyOf(fields)));
        copy.put(collection, java.util.Collections.unmodifiableMap(frozen));
      });
      return Map.copyOf(copy);
    }
  }
}
