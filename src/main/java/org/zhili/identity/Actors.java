package org.zhili.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request or task. */
public final class Actors {

	/** Implemented by every principal zhili puts into the security context. */
	public interface Source {

		Actor actor();
	}

	private Actors() {
	}

	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Source source) {
			return Optional.of(source.actor());
		}
		return Optional.empty();
	}
}
