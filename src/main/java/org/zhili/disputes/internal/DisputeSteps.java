package org.zhili.disputes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.Disputes.Performance;
import org.zhili.disputes.Disputes.Referral;
import org.zhili.disputes.MediationFailed;
import org.zhili.disputes.internal.DisputeWorkflow.Action;
import org.zhili.disputes.internal.DisputeWorkflow.Facts;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Journal;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;

import static org.zhili.disputes.internal.DisputeWorkflow.WORKFLOW;

/**
 * A dispute's steps on the process kit: acceptance starts the mediation clock, each session is minuted, the outcome
 * ends the mediation (an agreement starts the performance clock; a failure is referred and told to the early
 * warning), the 回访 closes it. Every step is one transaction, checked against the workflow's table, journaled.
 */
@Service
@Transactional
public class DisputeSteps {

	private static final int NOTE_LENGTH = 2000, TERMS_LENGTH = 4000, ATTENDEES_LENGTH = 500;

	private final DisputeStore store;
	private final DisputeAccess access;
	private final DisputeViews views;
	private final DisputeClocks clocks;
	private final DisputeReferrals referrals;
	private final DisputeRegistration registration;
	private final DisputeNotices notices;
	private final Supervisions supervisions;
	private final Journal journal;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;

	DisputeSteps(DisputeStore store, DisputeAccess access, DisputeViews views, DisputeClocks clocks,
			DisputeReferrals referrals, DisputeRegistration registration, DisputeNotices notices,
			Supervisions supervisions, Journal journal, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.clocks = clocks;
		this.referrals = referrals;
		this.registration = registration;
		this.notices = notices;
		this.supervisions = supervisions;
		this.journal = journal;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** 受理: the centre names the mediators (the first leads; none given: the one accepting) and the clock starts. */
	public void accept(long id, List<String> mediators, Actor by) {
		DisputeStore.Row r = step(id, Action.ACCEPT, by, List.of());
		registration.enrolIfMediator(by);
		List<String> names = mediators(r, mediators, by);
		Instant now = clock.instant();
		store.accepted(id, WORKFLOW.target(Action.ACCEPT), now);
		store.setMediators(id, names);
		Deadline due = clocks.startMediation(id, now);
		String who = String.join("、", store.mediators(id).stream().map(DisputeStore.MediatorRow::name).toList());
		journal.append(new Journal.Step(Disputes.LOOP, id, "accept", Action.ACCEPT.label(), by.username(), r.centreCode(),
				"调解员：" + who + "；调解期限至 " + LocalDate.ofInstant(due.due(), ChinaTime.ZONE), now));
	}

	/** 移交: to the other level's centre (street ↔ district), which accepts it anew. */
	public void transfer(long id, String centreCode, String reason, Actor by) {
		DisputeStore.Row r = step(id, Action.TRANSFER, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		String note = text(reason, "reason", "移交理由", NOTE_LENGTH);
		if (views.transferChoices(r).stream().noneMatch(c -> c.code().equals(centreCode))) {
			throw ApiProblem.badInput("centreCode", "invalid_centre", "只能移交给"
					+ String.join("或", views.transferChoices(r).stream().map(DisputeViews.CentreChoice::name).toList()));
		}
		Instant now = clock.instant();
		clocks.stop(DisputeClocks.mediation(id), now);
		supervisions.closeAll(Disputes.LOOP, id, now);
		store.transferred(id, WORKFLOW.target(Action.TRANSFER), centreCode);
		journal.append(new Journal.Step(Disputes.LOOP, id, "transfer", Action.TRANSFER.label(), by.username(), centreCode,
				"移交" + views.centreName(centreCode) + "：" + note, now));
		notices.tell(r, centreCode, "NEW", "移交纠纷", views.centreName(r.centreCode()) + "移交纠纷待受理：" + r.title() + "（" + note + "）", now);
	}

	/** A session: when, who attended, the minutes. */
	public void session(long id, LocalDate heldOn, String attendees, String minutes, Actor by) {
		DisputeStore.Row r = step(id, Action.SESSION, by, List.of());
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
		if (heldOn == null || heldOn.isAfter(today)
				|| heldOn.isBefore(LocalDate.ofInstant(r.registeredAt(), ChinaTime.ZONE))) {
			throw ApiProblem.badInput("heldOn", "invalid_date", "调解日期须在登记之后、不晚于今天");
		}
		String who = text(attendees, "attendees", "参加人员", ATTENDEES_LENGTH);
		String text = text(minutes, "minutes", "调解记录", NOTE_LENGTH * 2);
		store.insertSession(id, heldOn, who, text, by.username(), now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "session", Action.SESSION.label(), by.username(), r.centreCode(),
				heldOn + "，" + who + "：" + text, now));
	}

	/** 调解成功: the agreement's terms and the day by which it is to be performed (today: performed on the spot). */
	public void agree(long id, String terms, LocalDate performanceDue, String note, Actor by) {
		DisputeStore.Row r = step(id, Action.AGREE, by, List.of());
		String t = text(terms, "terms", "协议内容", TERMS_LENGTH);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
		if (performanceDue == null || performanceDue.isBefore(today)) {
			throw ApiProblem.badInput("performanceDue", "invalid_performance_due", "请给出履行期限（不早于今天）");
		}
		String n = optional(note, "note", "说明");
		store.agreed(id, WORKFLOW.target(Action.AGREE), t, performanceDue, n, now);
		clocks.stop(DisputeClocks.mediation(id), now);
		clocks.startPerformance(id, now, performanceDue);
		supervisions.closeAll(Disputes.LOOP, id, now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "agree", Action.AGREE.label(), by.username(), r.centreCode(),
				"达成调解协议，履行期限 " + performanceDue + "：" + t, now));
		audit.success("disputes.agreed", Disputes.LOOP + ":" + id, r.reference() + " 调解成功");
	}

	/**
	 * 调解不成功: the parties are referred to court, arbitration or 信访 (a petition is registered, linked to the
	 * dispute); the early warning hears of it.
	 */
	public void fail(long id, Referral referral, String reason, Actor by) {
		DisputeStore.Row r = step(id, Action.FAIL, by, List.of(Workflow.Given.of(Workflow.Input.RESULT, "referral", referral),
				Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		String note = text(reason, "reason", "调解不成功的原因", NOTE_LENGTH);
		Instant now = clock.instant();
		String ref = null;
		if (referral == Referral.PETITION) {
			Petitions.Registered petition = referrals.toPetition(r, note, views, by);
			ref = petition.trackingNumber();
		}
		store.ended(id, WORKFLOW.target(Action.FAIL), note, referral, ref, now);
		end(r, now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "fail", Action.FAIL.label(), by.username(), r.centreCode(),
				"引导" + referral.label() + (ref == null ? "" : "（信访件 " + ref + "）") + "：" + note, now));
		failed(r, now);
		audit.success("disputes.failed", Disputes.LOOP + ":" + id, r.reference() + " 调解不成功，转" + referral.label());
	}

	/** 撤回: the applicant withdrew the application. */
	public void withdraw(long id, String reason, Actor by) {
		DisputeStore.Row r = step(id, Action.WITHDRAW, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		String note = text(reason, "reason", "撤回原因", NOTE_LENGTH);
		Instant now = clock.instant();
		store.ended(id, WORKFLOW.target(Action.WITHDRAW), note, null, null, now);
		end(r, now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "withdraw", Action.WITHDRAW.label(), by.username(),
				r.centreCode(), note, now));
	}

	/** 终止调解: a party refuses to go on, or the dispute went to court meanwhile; ended without agreement. */
	public void terminate(long id, String reason, Actor by) {
		DisputeStore.Row r = step(id, Action.TERMINATE, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		String note = text(reason, "reason", "终止原因", NOTE_LENGTH);
		Instant now = clock.instant();
		store.ended(id, WORKFLOW.target(Action.TERMINATE), note, null, null, now);
		end(r, now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "terminate", Action.TERMINATE.label(), by.username(),
				r.centreCode(), note, now));
		failed(r, now);
	}

	/** 履行回访: performed, partly or not; the dispute closes. */
	public void followUp(long id, Performance performance, String note, Actor by) {
		DisputeStore.Row r = step(id, Action.FOLLOW_UP, by,
				List.of(Workflow.Given.of(Workflow.Input.RESULT, "performance", performance)));
		String n = optional(note, "note", "回访情况");
		Instant now = clock.instant();
		store.followedUp(id, WORKFLOW.target(Action.FOLLOW_UP), performance, n, by.username(), now);
		clocks.stop(DisputeClocks.performance(id), now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "follow-up", Action.FOLLOW_UP.label(), by.username(),
				r.centreCode(), performance.label() + (n == null ? "" : "：" + n), now));
	}

	private void end(DisputeStore.Row r, Instant at) {
		clocks.stop(DisputeClocks.mediation(r.id()), at);
		supervisions.closeAll(Disputes.LOOP, r.id(), at);
	}

	/** Tells the early warning: the building and the parties' phones are what it watches. */
	void failed(DisputeStore.Row r, Instant at) {
		List<String> phones = store.parties(r.id()).stream().map(DisputeStore.PartyRow::phoneIndex)
			.filter(Objects::nonNull).distinct().toList();
		events.publishEvent(new MediationFailed(r.id(), r.reference(), r.streetCode(), r.addressKey(), phones, at));
	}

	private DisputeStore.Row step(long id, Action action, Actor by, List<Workflow.Given> given) {
		DisputeStore.Row r = access.visible(store.lock(id), by);
		WORKFLOW.check(action, new Facts(r.state()), access.parties(r, by));
		WORKFLOW.checkInputs(action, given);
		return r;
	}

	/** The mediators named, each on the centre's roster; none named: the one accepting. */
	private List<String> mediators(DisputeStore.Row r, List<String> given, Actor by) {
		Set<String> names = new LinkedHashSet<>();
		if (given != null) {
			given.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
		}
		if (names.isEmpty()) {
			names.add(by.username());
		}
		Set<String> roster = new LinkedHashSet<>();
		store.roster(r.centreCode()).forEach(m -> roster.add(m.username()));
		List<String> unknown = new ArrayList<>(names);
		unknown.removeAll(roster);
		if (!unknown.isEmpty()) {
			throw ApiProblem.badInput("mediators", "unknown_mediator",
					String.join("、", unknown) + " 不在" + views.centreName(r.centreCode()) + "的调解员名册中");
		}
		return List.copyOf(names);
	}

	private static String text(String value, String field, String name, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + max + "字");
		}
		return value.strip();
	}

	private static String optional(String value, String field, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > NOTE_LENGTH) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不超过" + NOTE_LENGTH + "字");
		}
		return value.strip();
	}
}
