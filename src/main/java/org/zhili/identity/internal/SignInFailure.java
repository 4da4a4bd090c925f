package org.zhili.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in was refused; the message is what the person sees. An unknown user name, a wrong password, a locked
 * or disabled account all look the same ({@link Reason#BAD_CREDENTIALS}): only the audit trail tells them apart.
 */
class SignInFailure extends AuthenticationException {

	enum Reason {
		BAD_CREDENTIALS, THROTTLED, SECOND_FACTOR_INVALID, SCOPE_UNAVAILABLE
	}

	private final Reason reason;
	private final transient Duration retryAfter;

	SignInFailure(Reason reason, String message, Duration retryAfter) {
		super(message);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	Reason reason() {
		return reason;
	}

	/** For {@link Reason#THROTTLED}: how long to wait before trying again. */
	Duration retryAfter() {
		return retryAfter;
	}
}
