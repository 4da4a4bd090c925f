package org.zhili.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** A bearer token or API key that cannot be used; {@code code} goes into the 401 problem. */
class BearerFailure extends AuthenticationException {

	private final String code;

	BearerFailure(String code, String message) {
		super(message);
		this.code = code;
	}

	String code() {
		return code;
	}
}
