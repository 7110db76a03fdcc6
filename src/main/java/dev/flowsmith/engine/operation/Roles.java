package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsObject;
import java.util.Optional;

/**
 * The role table a {@code permissions} option that names a role is resolved against (engine.md
 * §6, "Permission resolution"): Directus' {@code getAccountabilityForRole}. A run finds it among
 * its services; without one no role id is known.
 */
public interface Roles {

  /**
   * The accountability acting as this role: {@code {role, user: null, roles: [the role and its
   * parents], admin, app, ip: null}} with admin/app derived from the roles' policies; empty when
   * the id names no role.
   */
  Optional<JsObject> accountabilityFor(String roleId);
}
