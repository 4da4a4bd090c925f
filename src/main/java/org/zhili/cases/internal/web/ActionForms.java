package org.zhili.cases.internal.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhili.cases.CaseAction;
import org.zhili.cases.internal.handling.CaseSteps;

/**
 * What each action's form asks, as {@link CaseSteps} needs it: a return, extension, suspension or void
 * needs a reason; an extension its length ({@code 5wd}); a reply its result and text; a review its decision
 * (and why, when sent back); a follow-up call whether it reached the requester, and then whether the
 * problem was solved and how satisfied they are; 督办 its level and opinion; a whistle its departments.
 * Field names are those of the template's field fragments; {@code remark} is an optional note.
 */
final class ActionForms {

	/** One action's form. */
	record Form(String action, List<String> fields, String style) {
	}

	private static final Map<CaseAction, List<String>> FIELDS = new EnumMap<>(CaseAction.class);
	static {
		FIELDS.put(CaseAction.DISPATCH, List.of("unit", "coUnits", "category", "urgency", "remark"));
		FIELDS.put(CaseAction.DESIGNATE, List.of("unit", "coUnits", "remark"));
		FIELDS.put(CaseAction.REDISPATCH, List.of("unit", "remark"));
		FIELDS.put(CaseAction.ACCEPT, List.of("remark"));
		FIELDS.put(CaseAction.RETURN, List.of("note"));
		FIELDS.put(CaseAction.APPROVE, List.of("remark"));
		FIELDS.put(CaseAction.REJECT, List.of("note"));
		FIELDS.put(CaseAction.WHISTLE, List.of("departments", "remark"));
		FIELDS.put(CaseAction.REPORT, List.of("note"));
		FIELDS.put(CaseAction.NOTE, List.of("note"));
		FIELDS.put(CaseAction.EXTEND, List.of("limit", "note"));
		FIELDS.put(CaseAction.SUSPEND, List.of("note"));
		FIELDS.put(CaseAction.RESUME, List.of("remark"));
		FIELDS.put(CaseAction.VOID, List.of("note"));
		FIELDS.put(CaseAction.MERGE, List.of("master", "remark"));
		FIELDS.put(CaseAction.REPLY, List.of("result", "note"));
		FIELDS.put(CaseAction.REVIEW, List.of("approved", "reviewNote"));
		FIELDS.put(CaseAction.CALLBACK, List.of("reached", "solved", "satisfaction", "remark"));
		FIELDS.put(CaseAction.CLOSE, List.of("remark"));
		FIELDS.put(CaseAction.SUPERVISE, List.of("level", "note"));
		FIELDS.put(CaseAction.REMIND, List.of("remark"));
	}

	private static final List<CaseAction> PRIMARY = List.of(CaseAction.DISPATCH, CaseAction.DESIGNATE,
			CaseAction.REDISPATCH, CaseAction.ACCEPT, CaseAction.APPROVE, CaseAction.REPLY, CaseAction.REVIEW,
			CaseAction.CALLBACK, CaseAction.CLOSE, CaseAction.REPORT);
	private static final List<CaseAction> DANGER = List.of(CaseAction.RETURN, CaseAction.VOID, CaseAction.REJECT,
			CaseAction.SUPERVISE);

	private ActionForms() {
	}

	/** The forms of the actions a viewer may take, in the workflow's order; actions without a form are left out. */
	static List<Form> of(List<String> allowedActions) {
		return allowedActions.stream()
			.map(CaseAction::fromPath)
			.filter(FIELDS::containsKey)
			.map(a -> new Form(a.path(), FIELDS.get(a),
					PRIMARY.contains(a) ? "primary" : DANGER.contains(a) ? "danger" : "secondary"))
			.toList();
	}
}
