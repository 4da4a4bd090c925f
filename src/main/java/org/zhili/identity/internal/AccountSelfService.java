package org.zhili.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.AuditOutcome;

/** What people do to their own account: change the password, enrol or remove a second factor. */
@Component
class AccountSelfService {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final AccessTokens tokens;
	private final JdbcAuditTrail audit;
	private final Clock clock;
	private final Totp totp = new Totp();

	AccountSelfService(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy,
			AccessTokens tokens, JdbcAuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/** Problems with the request (Chinese); empty when the password was changed. */
	@Transactional
	List<String> changePassword(long accountId, String current, String proposed, String confirmation, String address) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			audit.append(account.username(), address, AuditActions.PASSWORD_CHANGED, account.username(),
					AuditOutcome.FAILURE, "当前密码错误");
			return List.of("当前密码错误");
		}
		if (proposed == null || !proposed.equals(confirmation)) {
			return List.of("两次输入的新密码不一致");
		}
		List<String> violations = policy.violations(account.username(), proposed);
		if (!violations.isEmpty()) {
			return violations;
		}
		if (passwords.matches(proposed, account.passwordHash())) {
			return List.of("新密码不能与当前密码相同");
		}
		int history = policy.history();
		if (accounts.recentPasswordHashes(accountId, history).stream().anyMatch(h -> passwords.matches(proposed, h))) {
			return List.of("新密码不能与最近 " + history + " 次用过的密码相同");
		}
		accounts.changePassword(accountId, passwords.encode(proposed), clock.instant(), false);
		tokens.revokeAll(accountId);
		audit.append(account.username(), address, AuditActions.PASSWORD_CHANGED, account.username(), AuditOutcome.SUCCESS,
				"修改密码，已注销其 API 令牌");
		return List.of();
	}

	/** Enrols {@code secret} when {@code code} proves the authenticator has it. */
	@Transactional
	boolean enrolTotp(long accountId, String secret, String code, String address) {
		Account account = accounts.findById(accountId).orElseThrow();
		OptionalLong step = totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			audit.append(account.username(), address, AuditActions.TOTP_ENROLLED, account.username(),
					AuditOutcome.FAILURE, "验证码错误");
			return false;
		}
		accounts.enrolTotp(accountId, secret, step.getAsLong());
		audit.append(account.username(), address, AuditActions.TOTP_ENROLLED, account.username(), AuditOutcome.SUCCESS,
				"启用动态口令");
		return true;
	}

	String otpauthUri(String issuer, String username, String secret) {
		return Totp.uri(issuer, username, secret);
	}
}
