package org.zhili.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.identity.InitialAccess;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/**
 * The first accounts. When a module provides {@link InitialAccess} (the demo: one account per role and several
 * scopes, all with the documented demo password, see README), those. Otherwise only the three administrators,
 * each with a random one-time password printed once to the log and changed at first sign-in.
 */
@Component
class AccountBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final ObjectProvider<InitialAccess> initial;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final OrgUnitDirectory units;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, ObjectProvider<InitialAccess> initial,
			TransactionTemplate transactions, Clock clock, OrgUnitDirectory units) {
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.initial = initial;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (accounts.count() > 0) {
			accounts.backfillScopePaths();
			return;
		}
		transactions.executeWithoutResult(tx -> {
			InitialAccess access = initial.getIfAvailable();
			if (access != null) {
				createInitialAccounts(access);
			}
			else {
				createAdministrators();
			}
		});
	}

	private void createInitialAccounts(InitialAccess access) {
		if (!policy.violations("", access.password()).isEmpty()) {
			log.warn("zhili.demo.password does not meet the password policy; demo accounts use it anyway");
		}
		String hash = passwords.encode(access.password());
		String district = units.districtScope().code();
		for (InitialAccess.Account a : access.accounts()) {
			String totp = a.role().administrator() ? access.totpSecret() : null;
			accounts.insert(new AccountRepository.NewAccount(a.username(), a.name(), a.phone(), Set.of(a.role()),
					district + a.scope(), true, hash, false, totp, true), clock.instant());
		}
		log.info("Created {} demo accounts (password: zhili.demo.password; see README)", access.accounts().size());
	}

	private void createAdministrators() {
		String district = units.districtScope().code();
		for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
			String username = switch (role) {
				case SYSTEM_ADMIN -> "sysadmin";
				case SECURITY_ADMIN -> "secadmin";
				default -> "auditor";
			};
			String password = oneTimePassword();
			accounts.insert(new AccountRepository.NewAccount(username, role.label(), null, Set.of(role), district, true,
					passwords.encode(password), true, null, false), clock.instant());
			log.warn("Created administrator '{}' with one-time password {} — change it at first sign-in", username,
					password);
		}
	}

	/** 16 characters from all four classes, so it always satisfies the password policy. */
	static String oneTimePassword() {
		String[] classes = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "@#%+=!" };
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			String pool = classes[i % classes.length];
			password.append(pool.charAt(random.nextInt(pool.length())));
		}
		return password.toString();
	}
}
