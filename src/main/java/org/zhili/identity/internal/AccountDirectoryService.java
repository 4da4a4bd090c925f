package org.zhili.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.AccountDirectory;

/** Accounts by user name, as {@link AccountDirectory} shows them. */
@Service
@Transactional(readOnly = true)
class AccountDirectoryService implements AccountDirectory {

	private final AccountRepository accounts;

	AccountDirectoryService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Person> find(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return accounts.findByUsername(username.strip())
			.map(a -> new Person(a.username(), a.displayName(), a.scopeUnitCode(), a.enabled()));
	}
}
