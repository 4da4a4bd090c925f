package org.zhili.cases;

import org.zhili.identity.Actor;

/** Registers cases: hotline calls, patrol reports, web requests, work orders from other systems. */
public interface CaseIntake {

	/** What a registration did. */
	enum Outcome {
		/** registered a new case */
		REGISTERED,
		/** found the case a work order with the same external id registered before */
		KNOWN_WORK_ORDER,
		/** found the case the same request with the same {@code Idempotency-Key} registered before */
		REPEATED_REQUEST
	}

	/**
	 * A registration's case and outcome.
	 *
	 * @param kase the case as the registering actor sees it
	 */
	record Registration(CaseView kase, Outcome outcome) {

		/** Whether a new case was registered. */
		public boolean created() {
			return outcome == Outcome.REGISTERED;
		}
	}

	/**
	 * Locates the case, gives it a tracking number and registers it (or closes it at once when answered on the
	 * spot). A work order whose external id was registered before returns that case instead of a second one.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming every field that is missing or wrong
	 */
	default Registration register(NewCase request, Actor actor) {
		return register(request, null, actor);
	}

	/**
	 * As {@link #register(NewCase, Actor)}, once per actor and {@code idempotencyKey}: the same request again under
	 * the key returns the case it registered.
	 *
	 * @param idempotencyKey the creating request's key (see {@link org.zhili.platform.IdempotencyKey}), or
	 *     {@code null}
	 * @throws org.zhili.platform.ApiProblem 422 when the key was used for a different request
	 */
	Registration register(NewCase request, String idempotencyKey, Actor actor);
}
