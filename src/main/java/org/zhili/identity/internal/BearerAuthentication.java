package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** Turns the value of {@code Authorization: Bearer …} into a principal: an access token or an API key. */
@Component
class BearerAuthentication {

	private final ApiKeys apiKeys;
	private final AccountRepository accounts;
	private final Principals principals;
	private final Clock clock;

	BearerAuthentication(ApiKeys apiKeys, AccountRepository accounts, Principals principals, Clock clock) {
		this.apiKeys = apiKeys;
		this.accounts = accounts;
		this.principals = principals;
		this.clock = clock;
	}

	AccountPrincipal authenticate(String bearer) {
		Instant now = clock.instant();
		if (bearer.startsWith(ApiKeys.PREFIX)) {
			ApiKeys.ApiKey key = apiKeys.findBySecret(bearer)
				.orElseThrow(() -> new BearerFailure("invalid_api_key", "API 密钥无效"));
			if (!key.usableAt(now)) {
				throw new BearerFailure("invalid_api_key", "API 密钥已吊销或过期");
			}
			return principals.ofApiKey(key.name(), key.roles(), key.scopeUnitCode(), key.includeChildren());
		}
		if (!bearer.startsWith(AccessTokens.PREFIX)) {
			throw new BearerFailure("invalid_token", "令牌格式不正确");
		}
		AccountRepository.TokenAccount token = accounts.findByTokenHash(Secrets.sha256(bearer))
			.orElseThrow(() -> new BearerFailure("invalid_token", "令牌无效"));
		if (token.revoked()) {
			throw new BearerFailure("invalid_token", "令牌已注销");
		}
		if (!token.expiresAt().isAfter(now)) {
			throw new BearerFailure("token_expired", "令牌已过期，请重新获取");
		}
		if (!token.account().enabled()) {
			throw new BearerFailure("invalid_token", "账号已停用");
		}
		return principals.of(token.account());
	}
}
