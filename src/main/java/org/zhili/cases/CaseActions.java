package org.zhili.cases;

import org.zhili.identity.Actor;

/** Takes a step of a case for a person, as {@link CaseWorkflow} allows. */
public interface CaseActions {

	/**
	 * @throws org.zhili.platform.ApiProblem 404 when the case is outside the actor's scope, 403 when the
	 *         actor may not take this action, 409 when the case's state does not allow it (listing the
	 *         actions that are allowed) or it changed meanwhile, 400 naming a missing or wrong input
	 */
	CaseView perform(long caseId, CaseAction action, ActionInput input, Actor actor);
}
