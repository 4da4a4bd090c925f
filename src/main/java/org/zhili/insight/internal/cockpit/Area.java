package org.zhili.insight.internal.cockpit;

import java.util.List;

import org.zhili.cases.CasePlaces;
import org.zhili.org.OrgUnit;
import org.zhili.process.Indicator;

/**
 * The part of the district the cockpit shows: the district, a street or a community, with the units above it for
 * the breadcrumb.
 *
 * @param unit the district's, street's or community's unit
 * @param street the street ({@code null} for the district)
 * @param community the community ({@code null} above it)
 */
record Area(OrgUnit unit, OrgUnit street, OrgUnit community) {

	CasePlaces.Area cases() {
		return new CasePlaces.Area(street == null ? null : street.code(), community == null ? null : community.code());
	}

	/** The area as the loops' indicators count it. */
	Indicator.Area indicators() {
		return new Indicator.Area(street == null ? null : street.code(), community == null ? null : community.code());
	}

	boolean district() {
		return street == null;
	}

	/** The area's units from the district down, for the breadcrumb. */
	List<OrgUnit> trail(OrgUnit district) {
		return street == null ? List.of(district)
				: community == null ? List.of(district, street) : List.of(district, street, community);
	}
}
