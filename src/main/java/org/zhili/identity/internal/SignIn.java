package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhili.identity.AuditOutcome;
import org.zhili.platform.ChinaTime;

/**
 * Checks a user name, password and (when enrolled) one-time code, for the login page and the token endpoint alike,
 * and audits every attempt with its real reason.
 * <p>
 * Against guessing (issue 21): failures are limited per network address ({@link SignInThrottle}), and an account
 * is locked for a while after repeated failures, longer each time (等保 8.1.4.1 b). A caller who is not signed in
 * never learns whether a user name exists or an account is locked or disabled: all of these answer as a wrong
 * password would, after as much hashing work.
 */
@Component
class SignIn {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ChinaTime.ZONE);

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final Totp totp = new Totp();
	private final JdbcAuditTrail audit;
	private final SecurityProperties properties;
	private final SignInThrottle throttle;
	private final Clock clock;
	/** Compared against when no real password is checked, so every refusal takes as long. */
	private final String decoyHash;

	SignIn(AccountRepository accounts, PasswordEncoder passwords, JdbcAuditTrail audit, SecurityProperties properties,
			SignInThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.throttle = throttle;
		this.clock = clock;
		this.decoyHash = passwords.encode("decoy-password-for-timing");
	}

	/** The account, when everything checks out. */
	Account authenticate(String username, String password, String code, String address) {
		String name = username == null ? "" : username.strip().toLowerCase();
		Optional<Duration> wait = throttle.waitFor(address);
		if (wait.isPresent()) {
			audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE,
					"该地址登录失败次数过多，暂停 " + seconds(wait.get()) + " 秒");
			throw throttled(wait.get());
		}
		Instant now = clock.instant();
		Account account = accounts.findByUsername(name).orElse(null);
		if (account == null) {
			throw refused(name, address, password, "用户名不存在");
		}
		if (!account.enabled()) {
			throw refused(name, address, password, "账号已停用");
		}
		if (account.lockedAt(now)) {
			throw refused(name, address, password, "账号锁定中，至 " + TIME.format(account.lockedUntil()));
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

	/** A refusal that must look like a wrong password: same answer, same hashing work; the reason is audited. */
	private SignInFailure refused(String name, String address, String password, String why) {
		passwords.matches(password == null ? "" : password, decoyHash);
		throttle.failed(address);
		audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE, why);
		return badCredentials();
	}

	/** Counts the failure and locks the account when it was one too many; the answer does not say so. */
	private SignInFailure failed(Account account, String address, Instant now, String why, SignInFailure failure) {
		throttle.failed(address);
		int failures = accounts.recordFailure(account.id());
		String name = account.username();
		audit.append(name, address, AuditActions.SIGN_IN, name, AuditOutcome.FAILURE,
				why + "（连续第 " + failures + " 次）");
		properties.lockout().lockAfter(failures).ifPresent(duration -> {
			Instant until = now.plus(duration);
			accounts.lock(account.id(), until);
			audit.append(name, address, AuditActions.LOCKED, name, AuditOutcome.SUCCESS,
					"连续 " + failures + " 次登录失败，锁定 " + duration.toMinutes() + " 分钟，至 " + TIME.format(until));
		});
		return failure;
	}

	private static SignInFailure badCredentials() {
		return new SignInFailure(SignInFailure.Reason.BAD_CREDENTIALS,
				"用户名或密码错误。多次失败后账号将暂时无法登录，如需帮助请联系安全管理员", null);
	}

	private static SignInFailure throttled(Duration wait) {
		return new SignInFailure(SignInFailure.Reason.THROTTLED,
				"登录失败次数过多，请 " + seconds(wait) + " 秒后再试", wait);
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}
}
