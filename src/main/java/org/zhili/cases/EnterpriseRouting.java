package org.zhili.cases;

import java.util.Optional;

/**
 * Where an enterprise's requests go first, declared by the module that keeps the enterprises' paired officials
 * (包联企业). Intake asks it for every enterprise request it registers and dispatches a paired enterprise's request
 * to the official's unit in the registering transaction — before routing's automatic dispatch, which acts only on a
 * case nobody has acted on since it was registered. Without an implementation, nothing is routed this way.
 */
public interface EnterpriseRouting {

	/**
	 * The unit an enterprise's request goes to, and why.
	 *
	 * @param unitCode the paired official's unit: a street, community or department that can lead a case
	 * @param official the official's account
	 * @param officialName the official's name, for the timeline and the inbox message
	 */
	record Route(String unitCode, String official, String officialName) {
	}

	/** The route for the enterprise with this (normalised) 统一社会信用代码, or empty when it has no paired official. */
	Optional<Route> routeFor(String creditCode);
}
