package org.zhili.cases;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.zhili.process.SupervisionLevel;

/**
 * What an action needs; each action reads the fields that concern it and names any it misses.
 *
 * @param version the case version the client saw; when given, a newer case answers 409
 * @param unitCode the lead unit for dispatch, designate and redispatch (default: the category's rule)
 * @param coUnits co-units (协办) at dispatch
 * @param departments the departments a street whistles (吹哨)
 * @param categoryCode a corrected category at dispatch
 * @param urgency a corrected urgency at dispatch
 * @param note the reason, explanation or record of the step
 * @param request which pending request an approval or rejection concerns (default: the pending one)
 * @param limit extra time asked for an extension, e.g. {@code 5wd}
 * @param result the outcome of a reply
 * @param approved a review's decision: approve the reply, or send it back (返工)
 * @param reached whether the follow-up call reached the requester
 * @param solved whether the requester says the problem was solved
 * @param satisfaction the requester's rating
 * @param level the severity of 督办
 * @param masterCaseId the case a duplicate is merged into
 */
public record ActionInput(Integer version, @Size(max = 32) String unitCode, @Size(max = 10) List<@Size(max = 32) String> coUnits,
		@Size(max = 30) List<@Size(max = 32) String> departments, @Size(max = 16) String categoryCode, Urgency urgency,
		@Size(max = 4000) String note, PendingRequest request, @Size(max = 16) String limit, ReplyResult result,
		Boolean approved, Boolean reached, Boolean solved, Satisfaction satisfaction, SupervisionLevel level,
		Long masterCaseId) {

	public static final ActionInput NONE = new ActionInput(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null);

	public static ActionInput note(String note) {
		return new ActionInput(null, null, null, null, null, null, note, null, null, null, null, null, null, null, null,
				null);
	}
}
