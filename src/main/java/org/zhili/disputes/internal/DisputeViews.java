package org.zhili.disputes.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.internal.DisputeWorkflow.Facts;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.PersonalData;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.process.ClockLight;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Workflow;

import static org.zhili.disputes.internal.DisputeWorkflow.WORKFLOW;

/** What a reader sees of disputes: names for codes, parties masked, the mediation clock's light, what they may do. */
@Component
public class DisputeViews {

	/** A dispute in a list. */
	public record Line(long id, String reference, String typeLabel, String title, String riskCode, String riskLabel,
			String centreName, String streetName, String stateCode, String stateLabel, Instant registeredAt,
			Instant concludedAt, String applicant, String light) {
	}

	/** A party as the reader sees it (masked; clear only through the audited reveal). */
	public record PartyView(int seq, String roleCode, String roleLabel, String name, String phone, String idNumber) {
	}

	public record Session(LocalDate heldOn, String attendees, String minutes, String recordedBy) {
	}

	public record Mediator(String username, String name, boolean lead) {
	}

	/** One dispute with everything its page shows. */
	public record Detail(long id, String reference, String typeCode, String typeLabel, String title, String description,
			BigDecimal amount, String riskCode, String riskLabel, boolean crossStreet, String address, String streetCode,
			String streetName, String centreCode, String centreName, String stateCode, String stateLabel,
			boolean concluded, Instant registeredAt, String registeredBy, Instant acceptedAt, Instant concludedAt,
			Instant mediationDue, String light, String outcomeNote, String referralCode, String referralLabel,
			String referralRef, String agreementTerms, LocalDate performanceDue, String performanceCode,
			String performanceLabel, String performanceNote, Instant followedUpAt, List<PartyView> parties,
			List<Mediator> mediators, List<Session> sessions, List<Links.Link> links, List<TimelineEntry> timeline,
			List<Supervisions.Supervision> supervisions, List<String> actions, List<Mediator> roster,
			List<CentreChoice> transferTo) {
	}

	/** A centre a dispute may be handed to. */
	public record CentreChoice(String code, String name) {
	}

	private final DisputeStore store;
	private final DisputeAccess access;
	private final DisputeRules rules;
	private final FieldCipher cipher;
	private final OrgUnits units;
	private final Clocks clocks;
	private final Journal journal;
	private final Links links;
	private final Supervisions supervisions;
	private final DisputeClocks disputeClocks;
	private final Clock clock;

	DisputeViews(DisputeStore store, DisputeAccess access, DisputeRules rules, FieldCipher cipher, OrgUnits units,
			Clocks clocks, Journal journal, Links links, Supervisions supervisions, DisputeClocks disputeClocks,
			Clock clock) {
		this.store = store;
		this.access = access;
		this.rules = rules;
		this.cipher = cipher;
		this.units = units;
		this.clocks = clocks;
		this.journal = journal;
		this.links = links;
		this.supervisions = supervisions;
		this.disputeClocks = disputeClocks;
		this.clock = clock;
	}

	static String link(long id) {
		return "/disputes/" + id;
	}

	Links.End end(DisputeStore.Row r) {
		return new Links.End(Disputes.LOOP, r.id(), r.reference(), link(r.id()));
	}

	List<Line> lines(List<DisputeStore.Row> rows) {
		Map<Long, String> applicants = store.firstParties(rows.stream().map(DisputeStore.Row::id).toList());
		return rows.stream().map(r -> line(r, applicants.get(r.id()))).toList();
	}

	Line line(DisputeStore.Row r, String applicantEnc) {
		String applicant = applicantEnc == null ? null : PersonalData.name(cipher.decrypt(applicantEnc));
		return new Line(r.id(), r.reference(), rules.typeLabel(r.typeCode()), r.title(), r.risk().name(),
				r.risk().label(), centreName(r.centreCode()), unitName(r.streetCode()), r.state().name(),
				r.state().label(), r.registeredAt(), r.concludedAt(), applicant, light(r));
	}

	Detail detail(DisputeStore.Row r, Actor reader) {
		Instant due = r.state() == DisputeWorkflow.State.MEDIATING
				? clocks.find(DisputeClocks.mediation(r.id())).map(c -> c.deadline().due()).orElse(null) : null;
		List<PartyView> parties = store.parties(r.id()).stream().map(p -> {
			Disputes.PartyRole role = Disputes.PartyRole.valueOf(p.role());
			return new PartyView(p.seq(), role.name(), role.label(), PersonalData.name(cipher.decrypt(p.nameEnc())),
					PersonalData.phone(cipher.decrypt(p.phoneEnc())), PersonalData.idNumber(cipher.decrypt(p.idNumberEnc())));
		}).toList();
		List<Mediator> mediators = store.mediators(r.id()).stream()
			.map(m -> new Mediator(m.username(), m.name(), m.lead())).toList();
		List<Session> sessions = store.sessions(r.id()).stream()
			.map(s -> new Session(s.heldOn(), s.attendees(), s.minutes(), s.recordedBy())).toList();
		var parties2 = access.parties(r, reader);
		List<String> actions = WORKFLOW.allowed(new Facts(r.state()), parties2).stream().map(Workflow::path).toList();
		List<Mediator> roster = store.roster(r.centreCode()).stream()
			.map(m -> new Mediator(m.username(), m.name(), false)).toList();
		return new Detail(r.id(), r.reference(), r.typeCode(), rules.typeLabel(r.typeCode()), r.title(), r.description(),
				r.amount(), r.risk().name(), r.risk().label(), r.crossStreet(), r.address(), r.streetCode(),
				unitName(r.streetCode()), r.centreCode(), centreName(r.centreCode()), r.state().name(), r.state().label(),
				r.state().concluded(), r.registeredAt(), r.registeredBy(), r.acceptedAt(), r.concludedAt(), due, light(r),
				r.outcomeNote(), r.referral() == null ? null : r.referral().name(),
				r.referral() == null ? null : r.referral().label(), r.referralRef(), r.agreementTerms(),
				r.performanceDue(), r.performance() == null ? null : r.performance().name(),
				r.performance() == null ? null : r.performance().label(), r.performanceNote(), r.followedUpAt(), parties,
				mediators, sessions, links.of(Disputes.LOOP, r.id()), journal.timeline(Disputes.LOOP, r.id()),
				supervisions.of(Disputes.LOOP, r.id()), actions, roster, transferChoices(r));
	}

	/** The street's centre and the district's: the other one of the two levels. */
	List<CentreChoice> transferChoices(DisputeStore.Row r) {
		if (r.centreCode().equals(rules.districtCentre())) {
			return r.streetCode() == null ? List.of()
					: List.of(new CentreChoice(r.streetCode(), centreName(r.streetCode())));
		}
		return List.of(new CentreChoice(rules.districtCentre(), centreName(rules.districtCentre())));
	}

	/** The light of the running clock (mediation or performance), or {@code null} when none runs. */
	String light(DisputeStore.Row r) {
		Clocks.Key key = switch (r.state()) {
			case MEDIATING -> DisputeClocks.mediation(r.id());
			case PERFORMING -> DisputeClocks.performance(r.id());
			default -> null;
		};
		if (key == null) {
			return null;
		}
		return clocks.find(key).map(c -> ClockLight.at(clock.instant(), disputeClocks.warnAt(key, c.deadline()),
				c.deadline().due()).label()).orElse(null);
	}

	String centreName(String code) {
		if (code == null) {
			return null;
		}
		return code.equals(rules.districtCentre()) ? units.find(code).map(OrgUnit::shortName).orElse("区矛调中心")
				: units.find(code).map(OrgUnit::name).orElse(code) + "矛调中心";
	}

	String unitName(String code) {
		if (code == null) {
			return null;
		}
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
