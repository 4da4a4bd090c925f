package org.zhili.identity.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.zhili.identity.Actor;
import org.zhili.identity.Actors;
import org.zhili.identity.Role;

/**
 * The signed-in account (or API key) as the security context holds it.
 *
 * @param actor who it is and what it may see
 * @param displayName the person's own name, shown to themselves only
 * @param version the account version this was built from; a newer version rebuilds it
 * @param obligation what must be done before anything else, or {@code null}
 */
record AccountPrincipal(Actor actor, String displayName, int version, Obligation obligation)
		implements Actors.Source, AuthenticatedPrincipal, Serializable {

	/** Something the person must do first. */
	enum Obligation {
		/** First sign-in, reset by an administrator, or older than the maximum age. */
		CHANGE_PASSWORD,
		/** An administrator without a second factor. */
		ENROL_SECOND_FACTOR
	}

	Collection<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : actor.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
		}
		return authorities.stream().distinct().toList();
	}

	@Override
	public String getName() {
		return actor.username();
	}

	@Override
	public String toString() {
		return actor.username();
	}
}
