package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.EnumSet;
import java.util.HashMap;
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
 * Grants are whole-collection: item-level permission filters, field lists, validation rules and
 * presets of Directus policies are not modelled (a local store cannot honestly guess them).
 */
public final class AccessPolicy {

  private final Map<String, Set<ItemAction>> publicGrants;
  private final Map<String, Role> roles;

  private record Role(boolean admin, boolean app, Map<String, Set<ItemAction>> grants) {}

  private AccessPolicy(Map<String, Set<ItemAction>> publicGrants, Map<String, Role> roles) {
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
    if (access.unrestricted()) {
      return true;
    }
    @Nullable String roleId = access.role();
    Map<String, Set<ItemAction>> grants;
    if (roleId == null) {
      grants = publicGrants;
    } else {
      Role role = roles.get(roleId);
      if (role != null && role.admin()) {
        return true;
      }
      grants = role == null ? Map.of() : role.grants();
    }
    return grants.getOrDefault(collection, Set.of()).contains(action);
  }

  /** Throws {@code FORBIDDEN} unless {@link #allows}. */
  public void check(ItemAccess access, String collection, ItemAction action) {
    if (!allows(access, collection, action)) {
      throw ItemErrors.forbidden();
    }
  }

  public static final class Builder {
    private final Map<String, Set<ItemAction>> publicGrants = new HashMap<>();
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

    public AccessPolicy build() {
      Map<String, Role> frozen = new HashMap<>();
      roles.forEach((id, role) -> frozen.put(id, new Role(role.admin(), role.app(), freeze(role.grants()))));
      return new AccessPolicy(freeze(publicGrants), frozen);
    }

    private static void grant(Map<String, Set<ItemAction>> grants, String collection, ItemAction... actions) {
      grants.computeIfAbsent(collection, c -> EnumSet.noneOf(ItemAction.class)).addAll(Set.of(actions));
    }

    private static Map<String, Set<ItemAction>> freeze(Map<String, Set<ItemAction>> grants) {
      Map<String, Set<ItemAction>> copy = new HashMap<>();
      grants.forEach((collection, actions) -> copy.put(collection, Set.copyOf(actions)));
      return Map.copyOf(copy);
    }
  }
}
