package org.zhili.identity;

import java.util.Optional;

/**
 * Checks an API key that arrives other than as {@code Authorization: Bearer} — Open311 clients send it as the
 * {@code api_key} parameter. Only keys that are neither revoked nor expired answer an actor.
 */
public interface ApiKeyVerifier {

	Optional<Actor> verify(String apiKey);
}
