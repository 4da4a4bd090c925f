package org.zhili.identity;

import java.util.List;

/**
 * What a new installation starts with, when a module provides it (the demo does): these accounts, all with one
 * password, instead of the three administrators with random one-time passwords; and an integration API key over
 * the whole district, created once while its name is free (revoking it in the key list is kept). Identity writes
 * them; the provider only says what they are.
 */
public interface InitialAccess {

	/**
	 * One account.
	 *
	 * @param username its user name
	 * @param name the person's name
	 * @param role its one role
	 * @param scope the part of its unit's code after the district's code (empty: the district itself)
	 * @param phone a mobile number
	 */
	record Account(String username, String name, Role role, String scope, String phone) {
	}

	/**
	 * An integration's API key over the whole district.
	 *
	 * @param name its name in the key list
	 * @param secret the key itself (must start with {@code zk_})
	 * @param property where the secret is configured, for the log
	 */
	record ApiKey(String name, String secret, String property) {
	}

	/** The accounts, created when there are none. */
	List<Account> accounts();

	/** Every account's password, and the property it comes from (for the log). */
	String password();

	/** Base32 second-factor secret of the administrators among the accounts. */
	String totpSecret();

	/** The API key to create, or {@code null}. */
	ApiKey apiKey();
}
