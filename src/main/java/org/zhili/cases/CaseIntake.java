package org.zhili.cases;

import org.zhili.identity.Actor;

/** Registers cases: hotline calls, patrol reports, web requests, work orders from other systems. */
public interface CaseIntake {

	/**
	 * A registered case.
	 *
	 * @param kase the case as the registering actor sees it
	 * @param created {@code false} when a work order with the same external id was registered before
	 */
	record Registration(CaseView kase, boolean created) {
	}

	/**
	 * Locates the case, gives it a tracking number and registers it (or closes it at once when answered on the
	 * spot). A work order whose external id was registered before returns that case instead of a second one.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming every field that is missing or wrong
	 */
	Registration register(NewCase request, Actor actor);
}
