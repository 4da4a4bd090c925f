package org.zhili.identity.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused; the message is what the person sees. */
class SignInFailure extends AuthenticationException {

	enum Reason {
		BAD_CREDENTIALS, LOCKED, DISABLED, SECOND_FACTOR_INVALID, SCOPE_UNAVAILABLE
	}

	private final Reason reason;
	private final transient Instant lockedUntil;

	SignInFailure(Reason reason, String message, Instant lockedUntil) {
		super(message);
		this.reason = reason;
		this.lockedUntil = lockedUntil;
	}

	Reason reason() {
		return reason;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}
}
