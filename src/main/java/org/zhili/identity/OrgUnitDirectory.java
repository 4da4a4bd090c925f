package org.zhili.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know about org units to give an account its scope. The org module provides
 * the implementation, so identity never depends on org.
 */
public interface OrgUnitDirectory {

	/** A unit an account can be scoped to. */
	record ScopeUnit(String code, String name, String path, boolean active) {
	}

	Optional<ScopeUnit> findScope(String code);

	/** The district, the root of the tree: the scope of district-wide accounts. */
	ScopeUnit districtScope();

	/** Active units above grid level, in tree order: the choices offered when assigning a scope. */
	List<ScopeUnit> assignable();
}
