package org.zhili.petitions.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.petitions.PetitionHistory;
import org.zhili.petitions.PetitionKind;
import org.zhili.petitions.PetitionOpinion;
import org.zhili.petitions.PetitionRating;
import org.zhili.petitions.PetitionState;
import org.zhili.petitions.internal.PetitionWorkflow.Action;
import org.zhili.petitions.internal.PetitionWorkflow.Party;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Clocks;
import org.zhili.process.Inbox;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;

import static org.zhili.petitions.internal.PetitionRegistration.LOOP;
import static org.zhili.petitions.internal.PetitionRegistration.blank;
import static org.zhili.petitions.internal.PetitionWorkflow.*;

/**
 * The steps of a petition after registration, each checked against {@link PetitionWorkflow}: routing by kind to
 * the legal channel, the discipline body, a statutory procedure or the responsible unit (with the answer to the
 * petitioner saying where and why), the unit's handling and 意见书, the extension, the petitioner's rating and
 * reviews, 领导包案. Every step is journalled and moves its clocks.
 */
@Service
@Transactional
public class PetitionSteps {

	private final PetitionStore store;
	private final PetitionAccess access;
	private final PetitionRules rules;
	private final OrgUnits units;
	private final FieldCipher cipher;
	private final Journal journal;
	private final Clocks clocks;
	private final Inbox inbox;
	private final Supervisions supervisions;
	private final Links links;

	PetitionSteps(PetitionStore store, PetitionAccess access, PetitionRules rules, OrgUnits units, FieldCipher cipher,
			Journal journal, Clocks clocks, Inbox inbox, Supervisions supervisions, Links links) {
		this.store = store;
		this.access = access;
		this.rules = rules;
		this.units = units;
		this.cipher = cipher;
		this.journal = journal;
		this.clocks = clocks;
		this.inbox = inbox;
		this.supervisions = supervisions;
		this.links = links;
	}

	/** Classifies and routes (条例 arts. 22, 31); answers the text the petitioner is told. */
	public String route(long id, PetitionHistory.Routing r, Actor by, Instant at) {
		PetitionStore.Row p = step(id, Action.ROUTE, by);
		if (r == null || r.kind() == null) {
			throw ApiProblem.badInput("kind", "kind_required", "请选择信访事项类别：建议意见、检举控告或申诉求决");
		}
		String accusedUnit = null, accusedPath = null, procedure = null, unit, route, answer;
		PetitionState to = PetitionState.HANDLING;
		if (r.legalMatter()) {
			unit = rules.legalUnit();
			route = "LEGAL";
			answer = "您反映的事项属于涉法涉诉事项，已转送" + name(unit) + "，依法按照法律途径处理（《信访工作条例》第二十二条）。";
		}
		else if (r.kind() == PetitionKind.ACCUSATION) {
			OrgUnit accused = blank(r.accusedUnit()) == null ? null : units.find(r.accusedUnit().strip()).orElse(null);
			if (accused == null) {
				throw ApiProblem.badInput("accusedUnit", "accused_unit_required", "检举控告须写明被检举控告的单位");
			}
			accusedUnit = accused.code();
			accusedPath = accused.path();
			unit = rules.disciplineUnit();
			route = "DISCIPLINE";
			// Whoever handles the 12345 case it came from may be the accused: the case must not point at it (XF-10).
			links.withdraw(LOOP, id);
			answer = "您的检举控告已转送" + name(unit) + "依规依纪依法处理。您的身份和检举控告材料将严格保密，不会透露给被检举控告的单位和个人（《信访工作条例》第二十二条、第三十条）。";
		}
		else if (r.kind() == PetitionKind.CLAIM && blank(r.procedure()) != null) {
			PetitionRules.Procedure proc = rules.procedure(r.procedure().strip())
				.orElseThrow(() -> ApiProblem.badInput("procedure", "unknown_procedure", "请选择法定途径："
						+ String.join("、", rules.procedures().stream().map(PetitionRules.Procedure::label).toList())));
			procedure = proc.code();
			unit = null;
			route = "STATUTORY";
			to = PetitionState.GUIDED;
			answer = "您反映的事项依法应当通过" + proc.label() + "途径解决，请向" + proc.where()
					+ "提出。该事项不再作为信访事项办理（《信访工作条例》第三十一条）。";
		}
		else {
			String code = blank(r.handlingUnit()) != null ? r.handlingUnit().strip() : p.streetCode();
			OrgUnit u = code == null ? null : units.find(code).orElse(null);
			if (u == null || u.level() != UnitLevel.STREET && u.level() != UnitLevel.DEPARTMENT) {
				throw ApiProblem.badInput("handlingUnit", "handling_unit_required", "请选择负责办理的街道或部门");
			}
			unit = u.code();
			boolean street = u.level() == UnitLevel.STREET;
			route = street ? "ASSIGN" : "FORWARD";
			answer = "您反映的事项已" + (street ? "交办" : "转送") + u.shortName() + "办理，自受理之日起" + days(rules.handleLimit().toString())
					+ "内出具书面处理意见（《信访工作条例》第三十一条、第三十四条）。";
		}
		store.routed(id, to, r.kind(), r.legalMatter(), accusedUnit, accusedPath,
				cipher.encrypt(blank(r.accusedPerson())), route, procedure, unit, answer, at);
		clocks.stop(key(id, REGISTER_CLOCK), at);
		String kindText = r.kind().label() + (r.legalMatter() ? "（涉法涉诉）" : "");
		journal.append(new Journal.Step(LOOP, id, "route", to == PetitionState.GUIDED ? "引导至法定途径" : routeLabel(route),
				by.username(), unit, kindText + (blank(r.note()) == null ? "" : "。" + r.note().strip()), at));
		if (unit != null) {
			Deadline d = clocks.start(key(id, HANDLE_CLOCK), at, rules.handleLimit());
			inbox.post(new Inbox.Message(LOOP, id, p.trackingNumber(), PetitionViews.link(id), unit, "NEW", "新信访件",
					routeLabel(route) + "：" + p.title() + "，请于" + PetitionViews.date(d.due()) + "前出具处理意见", at, null));
		}
		else {
			clocks.stopAll(LOOP, id, at);
		}
		return answer;
	}

	public void note(long id, String note, Actor by, Instant at) {
		PetitionStore.Row p = step(id, Action.NOTE, by);
		reason(Action.NOTE, "note", note);
		journal.append(new Journal.Step(LOOP, id, "note", "办理情况", by.username(), by.scope().unitCode(), note.strip(), at));
	}

	/** Extends the handling limit once, by at most the configured days; the reason is told to the petitioner. */
	public void extend(long id, String reason, Actor by, Instant at) {
		PetitionStore.Row p = step(id, Action.EXTEND, by);
		reason(Action.EXTEND, "reason", reason);
		Deadline d = clocks.extend(key(id, HANDLE_CLOCK), rules.maxExtension());
		store.extended(id, reason.strip());
		journal.append(new Journal.Step(LOOP, id, "extend", "延长办理期限", by.username(), p.handlingUnit(),
				"延长" + days(rules.maxExtension().toString()) + "至 " + PetitionViews.date(d.due()) + "，理由（已告知信访人）：" + reason.strip(), at));
		inbox.post(new Inbox.Message(LOOP, id, p.trackingNumber(), PetitionViews.link(id), p.handlingUnit(), "EXTENDED",
				"期限延长", "办理期限延长至 " + PetitionViews.date(d.due()), at, null));
	}

	/** The unit's 信访处理意见书 (支持 / 解释说明 / 不予支持); the petitioner's review window opens. */
	public void reply(long id, PetitionOpinion opinion, String text, Actor by, Instant at) {
		step(id, Action.REPLY, by);
		opinionInputs(Action.REPLY, opinion, text);
		store.replied(id, PetitionState.REPLIED, opinion, text.strip(), 0, false, at);
		clocks.stop(key(id, HANDLE_CLOCK), at);
		clocks.start(key(id, REVIEW_WINDOW_CLOCK), at, rules.reviewWindow());
		journal.append(new Journal.Step(LOOP, id, "reply", "出具处理意见书", by.username(), by.scope().unitCode(),
				opinion.label() + "：" + text.strip(), at));
	}

	public void rate(long id, PetitionRating rating, String comment, Instant at) {
		PetitionStore.Row p = store.lock(id).orElseThrow(PetitionAccess::notFound);
		WORKFLOW.check(Action.RATE, p.facts(), Set.of(Party.PETITIONER));
		WORKFLOW.checkInputs(Action.RATE, List.of(Workflow.Given.of(Workflow.Input.RESULT, "rating", rating)));
		store.rated(id, rating, blank(comment));
		journal.append(new Journal.Step(LOOP, id, "rate", "信访人评价", "信访人", null,
				rating.label() + (blank(comment) == null ? "" : "：" + comment.strip()), at));
	}

	/** The petitioner asks for 复查 (or, after it, 复核) within the window. */
	public void requestReview(long id, String reason, Instant at) {
		PetitionStore.Row p = store.lock(id).orElseThrow(PetitionAccess::notFound);
		boolean again = p.state() == PetitionState.REVIEWED;
		Action action = again ? Action.REQUEST_RE_REVIEW : Action.REQUEST_REVIEW;
		WORKFLOW.check(action, p.facts(), Set.of(Party.PETITIONER));
		WORKFLOW.checkInputs(action, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		store.state(id, WORKFLOW.target(action), null);
		clocks.stop(key(id, again ? RE_REVIEW_WINDOW_CLOCK : REVIEW_WINDOW_CLOCK), at);
		Deadline d = clocks.start(key(id, again ? RE_REVIEW_CLOCK : REVIEW_CLOCK), at,
				again ? rules.reReviewLimit() : rules.reviewLimit());
		String unit = again ? rules.reReviewUnit() : rules.reviewUnit();
		journal.append(new Journal.Step(LOOP, id, again ? "request-re-review" : "request-review", action.label(), "信访人",
				unit, reason.strip(), at));
		inbox.post(new Inbox.Message(LOOP, id, p.trackingNumber(), PetitionViews.link(id), unit, "REVIEW",
				action.label(), "信访人" + action.label() + "：" + p.title() + "，请于" + PetitionViews.date(d.due()) + "前答复", at, null));
	}

	/** 复查 or 复核 answered; after 复核 the matter is closed for good (条例 art. 36). */
	public void review(long id, PetitionOpinion opinion, String text, Actor by, Instant at) {
		PetitionStore.Row p = store.lock(id).orElseThrow(PetitionAccess::notFound);
		boolean again = p.state() == PetitionState.RE_REVIEWING;
		Action action = again ? Action.RE_REVIEW : Action.REVIEW;
		WORKFLOW.check(action, p.facts(), access.parties(p, by));
		opinionInputs(action, opinion, text);
		store.replied(id, WORKFLOW.target(action), opinion, text.strip(), again ? 2 : 1, again, at);
		clocks.stop(key(id, again ? RE_REVIEW_CLOCK : REVIEW_CLOCK), at);
		if (!again) {
			clocks.start(key(id, RE_REVIEW_WINDOW_CLOCK), at, rules.reReviewWindow());
		}
		else {
			supervisions.closeAll(LOOP, id, at);
		}
		journal.append(new Journal.Step(LOOP, id, again ? "re-review" : "review", again ? "复核意见" : "复查意见",
				by.username(), by.scope().unitCode(), opinion.label() + "：" + text.strip()
						+ (again ? "。复核为终结，同一事实和理由不再受理" : ""), at));
	}

	public void takeLead(long id, String plan, Actor leader, Instant at) {
		PetitionStore.Row p = step(id, Action.TAKE_LEAD, leader);
		reason(Action.TAKE_LEAD, "plan", plan);
		store.lead(id, leader.username(), plan.strip(), at);
		journal.append(new Journal.Step(LOOP, id, "lead", "领导包案", leader.username(), p.handlingUnit(),
				"包案方案：" + plan.strip(), at));
	}

	public void leadVisit(long id, String note, Actor leader, Instant at) {
		step(id, Action.LEAD_VISIT, leader);
		reason(Action.LEAD_VISIT, "note", note);
		journal.append(new Journal.Step(LOOP, id, "lead-visit", "包案走访", leader.username(), null, note.strip(), at));
	}

	public void leadReport(long id, String report, Actor leader, Instant at) {
		step(id, Action.LEAD_REPORT, leader);
		reason(Action.LEAD_REPORT, "report", report);
		store.leadClosed(id, report.strip(), at);
		journal.append(new Journal.Step(LOOP, id, "lead-report", "包案结案报告", leader.username(), null, report.strip(), at));
	}

	private PetitionStore.Row step(long id, Action action, Actor by) {
		PetitionStore.Row p = access.visible(store.lock(id), by);
		WORKFLOW.check(action, p.facts(), access.parties(p, by));
		return p;
	}

	private static void reason(Action action, String field, String value) {
		WORKFLOW.checkInputs(action, List.of(Workflow.Given.of(Workflow.Input.REASON, field, value)));
	}

	private static void opinionInputs(Action action, PetitionOpinion opinion, String text) {
		WORKFLOW.checkInputs(action, List.of(Workflow.Given.of(Workflow.Input.RESULT, "opinion", opinion),
				Workflow.Given.of(Workflow.Input.REASON, "text", text)));
	}

	static Clocks.Key key(long id, String name) {
		return Clocks.Key.of(LOOP, id, name);
	}

	String name(String unit) {
		return units.find(unit).map(OrgUnit::shortName).orElse(unit);
	}

	static String routeLabel(String route) {
		return switch (route) {
			case "LEGAL" -> "转政法机关";
			case "DISCIPLINE" -> "转纪检监察机关";
			case "STATUTORY" -> "引导至法定途径";
			case "ASSIGN" -> "交办";
			default -> "转送";
		};
	}

	/** {@code 60d} as people read it; working days say so. */
	static String days(String limit) {
		return limit.endsWith("wd") ? limit.replace("wd", "个工作日") : limit.replace("d", "日");
	}
}
