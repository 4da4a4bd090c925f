package org.zhili.cases.internal.handling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseClosed;
import org.zhili.cases.CaseState;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.record.Stage;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.platform.ApiProblem;

/**
 * The steps that end a round of a case, once {@link org.zhili.cases.CaseWorkflow} has allowed them: the review of
 * the reply, the follow-up call or the requester's rating, closing, and merging a duplicate into its master. Part of
 * {@link CaseSteps}, which hands these actions over.
 */
public final class ClosingSteps {

	private final Categories categories;
	private final WorkingCalendar calendar;
	private final CasesProperties properties;

	ClosingSteps(Categories categories, WorkingCalendar calendar, CasesProperties properties) {
		this.categories = categories;
		this.calendar = calendar;
		this.properties = properties;
	}

	void review(StepContext ctx) {
		CaseRecord c = ctx.kase;
		if (ctx.input.approved() == null) {
			throw ApiProblem.badInput("approved", "decision_required", "请选择审核结果：通过（true）或返工（false）");
		}
		String unit = c.leadUnitCode();
		if (ctx.input.approved()) {
			Deadline callback = calendar.deadline(ctx.now, categories.limit(c.categoryCode(), c.urgency(), Stage.CALLBACK));
			c.approveReply(callback);
			ctx.count(unit, Counter.REPLIED);
			if (!c.repliedAt().isAfter(c.feedback().due())) {
				ctx.count(unit, Counter.REPLIED_ON_TIME);
			}

			boolean onTime = !c.repliedAt().isAfter(c.feedback().due());
			ctx.time(Stage.CALLBACK, properties.commandCentre(), callback);
			ctx.record(CaseAction.REVIEW, unit, ctx.note(), Map.of("approved", true, "onTime", onTime));
		}
		else {
			String why = CaseSteps.required(ctx.note(), "note", "请说明返工原因");
			c.sendBack();
			ctx.count(unit, Counter.REWORKED);
			ctx.tell(unit, CaseMessage.REWORK, c.trackingNumber() + " 答复被退回返工：" + why);
			ctx.record(CaseAction.REVIEW, unit, why, Map.of("approved", false));
		}
	}

	void callback(StepContext ctx) {
		CaseRecord c = ctx.kase;
		if (ctx.input.reached() == null) {
			throw ApiProblem.badInput("reached", "reached_required", "请说明是否联系上诉求人");
		}
		if (ctx.input.reached()) {
			rate(ctx, ctx.input.solved(), ctx.input.satisfaction(), CaseAction.CALLBACK);
			return;
		}
		c.unanswered();
		if (c.callbackAttempts() >= properties.callbackAttempts()) {
			c.rate(null, Satisfaction.UNRATED);
			ctx.count(c.leadUnitCode(), Counter.UNRATED);
		}
		ctx.record(CaseAction.CALLBACK, c.leadUnitCode(), ctx.note(),
				Map.of("reached", false, "attempt", c.callbackAttempts()));
	}

	void rate(StepContext ctx, Boolean solved, Satisfaction satisfaction, CaseAction action) {
		CaseRecord c = ctx.kase;
		if (solved == null) {
			throw ApiProblem.badInput("solved", "solved_required", "请记录问题是否解决");
		}
		if (satisfaction == null || satisfaction == Satisfaction.UNRATED) {
			throw ApiProblem.badInput("satisfaction", "satisfaction_required", "请记录满意度：满意、基本满意或不满意");
		}
		c.rate(solved, satisfaction);
		String unit = c.leadUnitCode();
		ctx.count(unit, Counter.RATED);
		if (solved) {
			ctx.count(unit, Counter.SOLVED);
		}
		ctx.count(unit, switch (satisfaction) {
			case SATISFIED -> Counter.SATISFIED;
			case BASICALLY_SATISFIED -> Counter.BASICALLY_SATISFIED;
			default -> Counter.UNSATISFIED;
		});
		ctx.record(action, unit, ctx.note(),
				Map.of("reached", true, "solved", solved, "satisfaction", satisfaction.name()));
	}

	void close(StepContext ctx) {
		CaseRecord c = ctx.kase;
		c.close(ctx.now);
		String unit = c.leadUnitCode();
		boolean onTime = !c.repliedAt().isAfter(c.feedback().due());
		long handlingSeconds = Duration.between(c.dispatchedAt(), c.repliedAt()).toSeconds();
		ctx.count(unit, Counter.CLOSED);
		if (onTime) {
			ctx.count(unit, Counter.CLOSED_ON_TIME);
		}
		ctx.count(unit, Counter.HANDLING_SECONDS, handlingSeconds);
		ctx.record(CaseAction.CLOSE, unit, ctx.note(), Map.of("onTime", onTime, "handlingSeconds", handlingSeconds));
		ctx.publish(new CaseClosed(c.id(), CaseState.CLOSED, c.satisfaction()));
	}

	/**
	 * A duplicate joins its master (the caller checked that the master is another open case): it ends here,
	 * counted as a duplicate of its street. When the master's answer is already approved ({@code sharedText}),
	 * the duplicate's requester gets it at once; otherwise when it is.
	 */
	public void merge(StepContext ctx, long masterId, String masterTracking, ReplyResult sharedResult, String sharedText) {
		CaseRecord duplicate = ctx.kase;
		duplicate.mergeInto(masterId, ctx.now);
		String street = duplicate.intake().territory().streetCode();
		Instant registeredAt = duplicate.intake().registeredAt();
		ctx.record(CaseAction.MERGE, duplicate.leadUnitCode(), ctx.note(), street == null ? Map.of("master", masterTracking)
				: Map.of("master", masterTracking, "street", street, "registeredAt", CaseSteps.cohort(registeredAt)));
		// Counted with 受理量 (received): on the day the duplicate was registered, for its street.
		ctx.countOn(registeredAt, street, Counter.DUPLICATES);
		ctx.publish(new CaseClosed(duplicate.id(), CaseState.MERGED, null));
		ctx.audit("合并入 " + masterTracking);
		if (sharedText != null) {
			duplicate.shareReply(sharedResult, sharedText, ctx.now);
		}
	}

	/** The note of the master's timeline row for a merged duplicate. */
	public static String mergedNote(String duplicateTracking) {
		return "并入重复诉求 " + duplicateTracking;
	}

	public static Map<String, Object> mergedDetail(String duplicateTracking) {
		return Map.of("duplicate", duplicateTracking);
	}
}
