package org.zhili.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.ApiKeyVerifier;

/** API keys given as a parameter: checked exactly as {@code Authorization: Bearer zk_…} is. */
@Component
class ApiKeyVerification implements ApiKeyVerifier {

	private final BearerAuthentication bearer;

	ApiKeyVerification(BearerAuthentication bearer) {
		this.bearer = bearer;
	}

	@Override
	public Optional<Actor> verify(String apiKey) {
		if (apiKey == null || !apiKey.startsWith(ApiKeys.PREFIX) || apiKey.length() > 200) {
			return Optional.empty();
		}
		try {
			return Optional.of(bearer.authenticate(apiKey).actor());
		}
		catch (BearerFailure unknownOrRevoked) {
			return Optional.empty();
		}
	}
}
