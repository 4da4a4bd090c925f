package org.zhili.disputes.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.org.AddressKey;
import org.zhili.org.OrgUnits;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Journal;
import org.zhili.process.Links;

/**
 * A history of disputes recorded as it happened (the demo's year): the same rows, parties, sessions, journal and
 * links as the steps write, with their own moments; running clocks start from the past so that an overdue one
 * alarms as it would have. No events are published and no messages sent — it happened before; only a referral to
 * 信访 registers its petition, now, through the 信访 module.
 */
@Service
@Transactional
class DisputeHistory implements Disputes {

	private final DisputeStore store;
	private final DisputeRules rules;
	private final DisputeRegistration registration;
	private final DisputeViews views;
	private final DisputeClocks clocks;
	private final DisputeReferrals referrals;
	private final CaseDirectory cases;
	private final OrgUnits units;
	private final Journal journal;
	private final Links links;
	private final DisputeSteps steps;

	DisputeHistory(DisputeStore store, DisputeRules rules, DisputeRegistration registration, DisputeViews views,
			DisputeClocks clocks, DisputeReferrals referrals, CaseDirectory cases, OrgUnits units, Journal journal,
			Links links, DisputeSteps steps) {
		this.steps = steps;
		this.store = store;
		this.rules = rules;
		this.registration = registration;
		this.views = views;
		this.clocks = clocks;
		this.referrals = referrals;
		this.cases = cases;
		this.units = units;
		this.journal = journal;
		this.links = links;
	}

	@Override
	public void enrol(List<Mediator> mediators) {
		mediators.forEach(m -> store.enrol(m.username(), m.name(), m.centreCode()));
	}

	@Override
	public boolean any() {
		return store.any();
	}

	@Override
	public long load(Past p) {
		registration.check(new DisputeRegistration.NewDispute(p.typeCode(), p.title(), p.description(), p.amount(), p.risk(),
				p.crossStreet(), p.address(), p.streetCode(),
				p.parties().stream().map(x -> new DisputeRegistration.PartyInput(x.role(), x.name(), x.phone(), x.idNumber())).toList(),
				null, null));
		String centre = rules.forDistrict(p.risk(), p.crossStreet(), p.typeCode()) ? rules.districtCentre() : p.streetCode();
		Actor system = new Actor(null, "system", Set.of(Role.SUPERVISOR),
				new DataScope(units.district().code(), units.district().path(), true));
		Links.End origin = null;
		if (p.originCaseId() != null) {
			CaseView c = cases.find(p.originCaseId(), system).orElseThrow(
					() -> new IllegalArgumentException("no case " + p.originCaseId()));
			origin = new Links.End("case", c.id(), c.trackingNumber(), "/cases/" + c.id());
		}
		long id = store.insert(new DisputeStore.NewRow(p.typeCode(), p.title(), p.description(), p.amount(), p.risk(),
				p.crossStreet(), p.address(), AddressKey.of(p.address()), p.streetCode(), centre,
				origin == null ? null : origin.loop(), origin == null ? null : origin.itemId(),
				origin == null ? null : origin.itemRef(), p.registeredAt(), p.registeredBy()));
		registration.writeParties(id, p.parties().stream()
			.map(x -> new DisputeRegistration.PartyInput(x.role(), x.name(), x.phone(), x.idNumber())).toList());
		DisputeStore.Row r = store.find(id).orElseThrow();
		if (origin != null) {
			links.link(origin, views.end(r), "opened-from", "转人民调解", "来源：12345工单", p.registeredBy(), p.registeredAt());
		}
		step(id, "register", "登记", p.registeredBy(), centre, rules.typeLabel(p.typeCode()) + "，风险" + p.risk().label()
				+ "，分送" + views.centreName(centre) + (origin == null ? "" : "（来源 " + origin.itemRef() + "）"), p.registeredAt());
		if (p.mediator() == null) {
			return id;
		}
		store.setMediators(id, List.of(p.mediator()));
		store.accepted(id, State.MEDIATING, p.acceptedAt());
		step(id, "accept", "受理", p.mediator(), centre, "调解员：" + store.mediators(id).get(0).name(), p.acceptedAt());
		for (Session s : p.sessions()) {
			store.insertSession(id, s.heldOn(), s.attendees(), s.minutes(), p.mediator(), recorded(s));
			step(id, "session", "记录调解", p.mediator(), centre, s.heldOn() + "，" + s.attendees() + "：" + s.minutes(), recorded(s));
		}
		if (p.ending() == null) {
			clocks.startMediation(id, p.acceptedAt());
			return id;
		}
		switch (p.ending()) {
			case AGREED -> {
				store.agreed(id, State.PERFORMING, p.terms(), p.performanceDue(), p.outcomeNote(), p.endedAt());
				step(id, "agree", "调解成功", p.mediator(), centre,
						"达成调解协议，履行期限 " + p.performanceDue() + "：" + p.terms(), p.endedAt());
				if (p.performance() != null) {
					store.followedUp(id, State.CLOSED, p.performance(), null, p.mediator(), p.followedUpAt());
					step(id, "follow-up", "履行回访", p.mediator(), centre, p.performance().label(), p.followedUpAt());
				}
				else {
					clocks.startPerformance(id, p.endedAt(), p.performanceDue());
				}
			}
			case FAILED -> {
				String ref = null;
				if (p.referral() == Referral.PETITION) {
					Actor mediator = new Actor(null, p.mediator(), Set.of(Role.MEDIATOR), units.find(centre).orElseThrow().scope());
					ref = referrals.toPetition(r, p.outcomeNote(), views, mediator).trackingNumber();
				}
				store.ended(id, State.FAILED, p.outcomeNote(), p.referral(), ref, p.endedAt());
				step(id, "fail", "调解不成功", p.mediator(), centre, "引导" + p.referral().label()
						+ (ref == null ? "" : "（信访件 " + ref + "）") + "：" + p.outcomeNote(), p.endedAt());
				// a failure in a loaded history is one all the same: the early warning hears of it as it would have
				steps.failed(r, p.endedAt());
			}
			case WITHDRAWN -> {
				store.ended(id, State.WITHDRAWN, p.outcomeNote(), null, null, p.endedAt());
				step(id, "withdraw", "撤回", p.mediator(), centre, p.outcomeNote(), p.endedAt());
			}
			case TERMINATED -> {
				store.ended(id, State.TERMINATED, p.outcomeNote(), null, null, p.endedAt());
				step(id, "terminate", "终止调解", p.mediator(), centre, p.outcomeNote(), p.endedAt());
				steps.failed(r, p.endedAt());
			}
		}
		return id;
	}

	/** A session is minuted at the end of its day (its moment on the timeline). */
	private static Instant recorded(Session s) {
		ZoneId zone = ChinaTime.ZONE;
		return s.heldOn().atTime(17, 30).atZone(zone).toInstant();
	}

	private void step(long id, String action, String label, String actor, String unit, String note, Instant at) {
		journal.append(new Journal.Step(Disputes.LOOP, id, action, label, actor, unit, note, at));
	}
}
