package org.zhili.cases.internal.views;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseView;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.Attachments;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseEvents;
import org.zhili.cases.internal.record.CaseFacts;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.Lights;
import org.zhili.identity.Actor;
import org.zhili.identity.PersonalData;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/**
 * Builds what a viewer sees of a case: names for codes, lights for deadlines, the requester masked (and,
 * for a confidential report, hidden from the units handling it), and the actions open to the viewer.
 */
@Component
public class CaseViews {

	private final Categories categories;
	private final OrgUnits units;
	private final Lights lights;
	private final CaseAccess access;
	private final CaseEvents timeline;
	private final Attachments attachments;
	private final CaseFacts facts;
	private final Clock clock;

	CaseViews(Categories categories, OrgUnits units, Lights lights, CaseAccess access, CaseEvents timeline,
			Attachments attachments, CaseFacts facts, Clock clock) {
		this.categories = categories;
		this.units = units;
		this.lights = lights;
		this.access = access;
		this.timeline = timeline;
		this.attachments = attachments;
		this.facts = facts;
		this.clock = clock;
	}

	public CaseView of(CaseRecord c, Actor viewer, boolean full) {
		return of(c, viewer, full ? timeline.of(c.id()) : List.of(), full ? attachments.of(c.id()) : List.of());
	}

	/** The view with the timeline and photos given (e.g. a case just registered, without reading it back). */
	public CaseView of(CaseRecord c, Actor viewer, List<CaseEvents.Event> events, List<CaseView.Attachment> photos) {
		Instant now = clock.instant();
		CaseRecord.Intake in = c.intake();
		Category category = categories.find(c.categoryCode()).orElse(null);
		List<String> allowed = viewer == null ? List.of()
				: CaseWorkflow.allowed(facts.of(c), access.parties(viewer, c)).stream().map(CaseAction::path).toList();
		return new CaseView(c.id(), c.trackingNumber(), c.round(),
				new CaseView.State(c.state().name(), c.state().label(), c.state().terminal()),
				CaseView.Labelled.of(c.pending(), c.pending() == null ? null : c.pending().label()), c.pendingDetail(),
				CaseView.Labelled.of(in.channel(), in.channel().label()), CaseView.Labelled.of(in.type(), in.type().label()),
				category == null ? null : new CaseView.CategoryRef(category.code(), category.name(), category.fullName()),
				CaseView.Labelled.of(c.urgency(), c.urgency().label()), in.title(), in.description(), in.address(),
				in.lng() == null ? null : new CaseView.Point(in.lng(), in.lat()),
				new CaseView.Territory(unit(in.territory().streetCode()), unit(in.territory().communityCode()),
						unit(in.territory().gridCode())),
				requester(in.requester(), viewer), unit(c.leadUnitCode()),
				c.state() == org.zhili.cases.CaseState.REGISTERED
						? unit(categories.leadUnitFor(c.categoryCode(), in.territory().streetCode())) : null,
				c.designated(), involvements(c), c.returnCount(), c.reworkCount(),
				new CaseView.Deadlines(deadline("ACCEPT", c.accept(), now), deadline("FEEDBACK", c.feedback(), now),
						deadline("CALLBACK", c.callback(), now), in.external().dueAt()),
				light(lights.of(c.runningDeadline().orElse(null), now)),
				c.replyText() == null ? null
						: new CaseView.Reply(CaseView.Labelled.of(c.replyResult(), c.replyResult().label()), c.replyText(),
								c.repliedAt()),
				new CaseView.Callback(c.callbackAttempts(), c.solved(),
						CaseView.Labelled.of(c.satisfaction(), c.satisfaction() == null ? null : c.satisfaction().label())),
				CaseView.Labelled.of(c.supervision(), c.supervision() == null ? null : c.supervision().label()),
				c.masterCaseId(),
				in.external().system() == null ? null : new CaseView.External(in.external().system(), in.external().id()),
				in.registeredAt(), in.registeredBy(), c.dispatchedAt(), c.acceptedAt(), c.closedAt(), c.version(), allowed,
				timeline(events), photos);
	}

	/** Masked for everyone; hidden entirely from handling units when the report is confidential. */
	public static CaseView.Requester requester(CaseRecord.Requester r, Actor viewer) {
		boolean hidden = r.confidential() && (viewer == null || !viewer.has(Permission.PERSONAL_DATA_UNMASK));
		if (hidden) {
			return new CaseView.Requester("（保密）", "（保密）", r.anonymous(), true, r.enterprise());
		}
		return new CaseView.Requester(r.anonymous() ? "（匿名）" : PersonalData.name(r.name()), PersonalData.phone(r.phone()),
				r.anonymous(), r.confidential(), r.enterprise());
	}

	private List<CaseView.Involvement> involvements(CaseRecord c) {
		return c.units()
			.stream()
			.map(u -> new CaseView.Involvement(unit(u.unitCode()), u.role().name(), u.round(), u.active(), u.reportDueAt(),
					u.reportedAt(), u.reportText()))
			.toList();
	}

	private List<CaseView.TimelineEntry> timeline(List<CaseEvents.Event> events) {
		return events.stream()
			.map(e -> new CaseView.TimelineEntry(e.id(), e.round(), e.action().path(), e.action().label(),
					e.fromState() == null ? null : e.fromState().label(), e.toState().label(), e.actor(),
					unit(e.actorUnit()), unit(e.unitCode()), e.occurredAt(), e.note(), light(e.light())))
			.toList();
	}

	private CaseView.Deadline deadline(String stage, Deadline d, Instant now) {
		return d == null ? null
				: new CaseView.Deadline(stage, d.start(), d.due(), d.limit().toString(), light(lights.of(d, now)));
	}

	CaseView.Unit unit(String code) {
		if (code == null) {
			return null;
		}
		return units.find(code).map(CaseViews::named).orElse(new CaseView.Unit(code, code));
	}

	private static CaseView.Unit named(OrgUnit u) {
		return new CaseView.Unit(u.code(), u.name());
	}

	private static CaseView.Labelled light(org.zhili.cases.Light light) {
		return new CaseView.Labelled(light.name(), light.label());
	}
}
