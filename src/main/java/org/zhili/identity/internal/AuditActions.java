package org.zhili.identity.internal;

/** The audit codes identity writes. */
final class AuditActions {

	static final String SIGN_IN = "identity.sign-in";
	static final String SIGN_OUT = "identity.sign-out";
	static final String LOCKED = "identity.account.locked";
	static final String UNLOCKED = "identity.account.unlocked";
	static final String PASSWORD_CHANGED = "identity.password.changed";
	static final String PASSWORD_RESET = "identity.password.reset";
	static final String TOTP_ENROLLED = "identity.totp.enrolled";
	static final String TOTP_REMOVED = "identity.totp.removed";
	static final String TOKEN_ISSUED = "identity.token.issued";
	static final String ACCOUNT_CREATED = "identity.account.created";
	static final String ACCESS_CHANGED = "identity.account.access-changed";
	static final String PROFILE_CHANGED = "identity.account.profile-changed";
	static final String ACCOUNT_DISABLED = "identity.account.disabled";
	static final String ACCOUNT_ENABLED = "identity.account.enabled";
	static final String API_KEY_ISSUED = "identity.api-key.issued";
	static final String API_KEY_REVOKED = "identity.api-key.revoked";
	static final String PERSONAL_DATA_VIEWED = "identity.personal-data.viewed";
	static final String ACCESS_DENIED = "identity.access.denied";
	static final String AUDIT_VERIFIED = "identity.audit.verified";
	static final String AUDIT_EXPORTED = "identity.audit.exported";
	static final String AUDIT_PURGED = "identity.audit.purged";

	private AuditActions() {
	}
}
