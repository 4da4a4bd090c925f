package org.zhili.identity;

import java.util.Set;

/**
 * Who is acting: a signed-in account, or a system integration using an API key. Controllers take it
 * as a method parameter; other code asks {@link Actors#current()}.
 *
 * @param accountId the account's id, or {@code null} for an integration
 * @param username the account's user name, or {@code apikey:<name>} for an integration
 * @param roles the roles held
 * @param scope the data the actor may see
 */
public record Actor(Long accountId, String username, Set<Role> roles, DataScope scope) implements java.io.Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	/**
	 * A channel through which people without an account reach zhili (the public pages): an integration scoped
	 * to {@code scope}, named {@code channel:<name>} in timelines and the audit trail.
	 */
	public static Actor channel(String name, DataScope scope) {
		return new Actor(null, "channel:" + name, Set.of(Role.INTEGRATION), scope);
	}

	public boolean has(Permission permission) {
		return roles.stream().anyMatch(r -> r.permissions().contains(permission));
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
