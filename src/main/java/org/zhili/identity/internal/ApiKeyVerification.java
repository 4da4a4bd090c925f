package org.zhili.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.ApiKeyVerifier;

/** API keys given as a parameter: the same keys, hashes and rules as {@code Authorization: Bearer zk_…}. */
@Component
class ApiKeyVerification implements ApiKeyVerifier {

	private final ApiKeys keys;
	private final Principals principals;
	private final Clock clock;

	ApiKeyVerification(ApiKeys keys, Principals principals, Clock clock) {
		this.keys = keys;
		this.principals = principals;
		this.clock = clock;
	}

	@Override
	public Optional<Actor> verify(String apiKey) {
		if (apiKey == null || !apiKey.startsWith(ApiKeys.PREFIX) || apiKey.length() > 200) {
			return Optional.empty();
		}
		return keys.findBySecret(apiKey)
			.filter(k -> k.usableAt(clock.instant()))
			.map(k -> principals.ofApiKey(k.name(), k.roles(), k.scopeUnitCode(), k.includeChildren()).actor());
	}
}
