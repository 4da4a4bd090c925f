package org.zhili.org;

import java.util.List;
import java.util.Optional;

/** The district's units by code, without a data scope (a directory, e.g. for routing work to a unit). */
public interface OrgUnits {

	Optional<OrgUnit> find(String code);

	/** The district at the root of the tree. */
	OrgUnit district();

	/** Active streets in their official order. */
	List<OrgUnit> streets();

	/** Active departments (委局办, command centre, supervision office) in directory order. */
	List<OrgUnit> departments();

	/** The active units of a level under a unit (e.g. every grid of a street), in the tree's order. */
	List<OrgUnit> below(String code, UnitLevel level);
}
