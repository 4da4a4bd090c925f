package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhili.identity.AuditOutcome;
import org.zhili.platform.ChinaTime;

/**
 * Checks a user name, password and (when enrolled) one-time code, for the login page and the token
 * endpoint alike. Counts failures, locks after too many (等保 8.1.4.1 b) and audits every attempt.
 */
@Component
class SignIn {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ChinaTime.ZONE);

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final Totp totp = new Totp();
	private final JdbcAuditTrail audit;
	private final SecurityProperties properties;
	private final Clock clock;
	/** Compared against when the user name is unknown, so both cases take as long. */
	private final String decoyHash;

	SignIn(AccountRepository accounts, PasswordEncoder passwords, JdbcAuditTrail audit, SecurityProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.decoyHash = passwords.encode("decoy-password-for-timing");
	}

	/** The account, when everything checks out. */
	Account authenticate(String username, String password, String code, String address) {
		String name = username == null ? "" : username.strip().toLowerCase();
		Instant now = clock.instant();
		Account account = accounts.findByUsername(name).orElse(null);
		if (account == null) {
			passwords.matches(password == null ? "" : password, decoyHash);
			audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE, "用户名不存在");
			throw badCredentials();
		}
		if (!account.enabled()) {
			audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE, "账号已停用");
			throw new SignInFailure(SignInFailure.Reason.DISABLED, "账号已停用，请联系安全管理员", null);
		}
		if (account.lockedAt(now)) {
			audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE,
					"账号锁定中，至 " + TIME.format(account.lockedUntil()));
			throw locked(account.lockedUntil());
		}
		if (password == null || !passwords.matches(password, account.passwordHash())) {
			throw failed(account, address, now, "密码错误", badCredentials());
		}
		if (account.totpEnabled()) {
			OptionalLong step = totp.matchingStep(account.totpSecret(), code, now);
			if (step.isEmpty() || !accounts.advanceTotpStep(account.id(), step.getAsLong())) {
				throw failed(account, address, now, code == null || code.isBlank() ? "未填写动态口令" : "动态口令错误或已使用",
						new SignInFailure(SignInFailure.Reason.SECOND_FACTOR_INVALID, "动态口令错误，请输入验证器中当前的 6 位数字",
								null));
			}
		}
		accounts.recordSuccess(account.id(), now);
		audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.SUCCESS, "登录成功");
		return account;
	}

	/** Counts the failure; the account's lock when this was one too many, else {@code failure}. */
	private SignInFailure failed(Account account, String address, Instant now, String why, SignInFailure failure) {
		int failures = accounts.recordFailure(account.id());
		String name = account.username();
		audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE,
				why + "（连续第 " + failures + " 次）");
		if (failures >= properties.lockout().maxFailures()) {
			Instant until = now.plus(properties.lockout().duration());
			accounts.lock(account.id(), until);
			audit.append(name, address, AuditActions.LOCKED, name, AuditOutcome.SUCCESS,
					"连续 " + failures + " 次登录失败，锁定至 " + TIME.format(until));
			return locked(until);
		}
		return failure;
	}

	private static SignInFailure badCredentials() {
		return new SignInFailure(SignInFailure.Reason.BAD_CREDENTIALS, "用户名或密码错误", null);
	}

	private SignInFailure locked(Instant until) {
		return new SignInFailure(SignInFailure.Reason.LOCKED,
				"账号因多次登录失败已锁定，请于 " + TIME.format(until) + " 后重试或联系安全管理员", until);
	}
}
