package org.zhili.identity;

import java.util.Optional;

/** Who an account is, for a module that assigns work to a person (e.g. an enterprise's paired official). */
public interface AccountDirectory {

	/**
	 * An account as other modules may know it: no phone, no credentials.
	 *
	 * @param unitCode the unit of its data scope
	 * @param enabled whether it may sign in
	 */
	record Person(String username, String name, String unitCode, boolean enabled) {
	}

	Optional<Person> find(String username);
}
