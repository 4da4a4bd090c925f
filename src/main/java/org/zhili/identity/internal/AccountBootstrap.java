package org.zhili.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/**
 * The first accounts. With demo data on, one account per role and several scopes, all with the
 * documented demo password (README). With demo data off, only the three administrators, each with a
 * random one-time password printed once to the log and changed at first sign-in.
 */
@Component
class AccountBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
	/** The scope of district-wide demo accounts: the district itself. */
	private static final String DISTRICT = "";

	/**
	 * A demo account: user name, name, role, scope unit, phone. The scope is the part of the unit's code after
	 * the district's code (the district's own accounts: empty), so the accounts fit whichever district is
	 * configured whose streets, communities and departments are numbered like the demo district's.
	 */
	record DemoAccount(String username, String name, Role role, String scope, String phone) {
	}

	static final List<DemoAccount> DEMO = List.of(
			new DemoAccount("operator", "李晓燕", Role.OPERATOR, DISTRICT, "13820000001"),
			new DemoAccount("dispatcher", "王建国", Role.DISPATCHER, DISTRICT, "13820000002"),
			new DemoAccount("changhong", "张丽华", Role.STREET_OFFICIAL, "001000", "13820000003"),
			new DemoAccount("gulou", "赵明", Role.STREET_OFFICIAL, "002000", "13820000004"),
			new DemoAccount("guangminglu", "刘洋", Role.GRID_WORKER, "001001", "13820000005"),
			new DemoAccount("chengguan", "陈志强", Role.DEPARTMENT_HANDLER, "CGW", "13820000006"),
			new DemoAccount("supervisor", "孙静", Role.SUPERVISOR, DISTRICT, "13820000007"),
			new DemoAccount("leader", "周海涛", Role.LEADER, DISTRICT, "13820000008"),
			new DemoAccount("sysadmin", "吴磊", Role.SYSTEM_ADMIN, DISTRICT, "13820000009"),
			new DemoAccount("secadmin", "郑红", Role.SECURITY_ADMIN, DISTRICT, "13820000010"),
			new DemoAccount("auditor", "冯雪", Role.AUDIT_ADMIN, DISTRICT, "13820000011"));

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final DemoProperties demo;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final OrgUnitDirectory units;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, DemoProperties demo,
			TransactionTemplate transactions, Clock clock, OrgUnitDirectory units) {
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.demo = demo;
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
			if (demo.enabled()) {
				createDemoAccounts();
			}
			else {
				createAdministrators();
			}
		});
	}

	private void createDemoAccounts() {
		if (!policy.violations("", demo.password()).isEmpty()) {
			log.warn("zhili.demo.password does not meet the password policy; demo accounts use it anyway");
		}
		String hash = passwords.encode(demo.password());
		String district = units.districtScope().code();
		for (DemoAccount a : DEMO) {
			String totp = a.role().administrator() ? demo.totpSecret() : null;
			accounts.insert(new AccountRepository.NewAccount(a.username(), a.name(), a.phone(), Set.of(a.role()),
					district + a.scope(), true, hash, false, totp, true), clock.instant());
		}
		log.info("Created {} demo accounts (password: zhili.demo.password; see README)", DEMO.size());
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
