package org.zhili.disputes.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.Disputes.PartyRole;
import org.zhili.disputes.Disputes.Risk;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Role;
import org.zhili.org.AddressKey;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.Links;

/**
 * A dispute comes to a 矛调中心: checked, its parties' personal data encrypted with blind indexes, its building keyed,
 * sent by the rule to its street's centre or the district's, and — when it grew out of a 12345 case or a petition —
 * linked to it both ways. A draft can be read from the case or petition first.
 */
@Service
@Transactional
public class DisputeRegistration {

	/** What a form or client sends for a party. */
	public record PartyInput(PartyRole role, String name, String phone, String idNumber) {
	}

	/**
	 * A dispute to register.
	 *
	 * @param originCase the 12345 case's tracking number it grew out of, or {@code null}
	 * @param originPetition the petition's id it grew out of, or {@code null}
	 */
	public record NewDispute(String typeCode, String title, String description, BigDecimal amount, Risk risk,
			Boolean crossStreet, String address, String streetCode, List<PartyInput> parties, String originCase,
			Long originPetition) {
	}

	/** What a case or petition offers a new dispute; the parties' personal data is entered by the mediator. */
	public record Draft(String title, String description, String address, String streetCode, String originCase,
			Long originPetition, String originRef, String originLink) {
	}

	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{5,19}");
	private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{15}|[0-9]{17}[0-9Xx]");
	private static final int TITLE_LENGTH = 200, DESCRIPTION_LENGTH = 4000, NAME_LENGTH = 50, ADDRESS_LENGTH = 300;

	private final DisputeStore store;
	private final DisputeRules rules;
	private final DisputeViews views;
	private final DisputeReferrals referrals;
	private final CaseDirectory cases;
	private final OrgUnits units;
	private final FieldCipher cipher;
	private final Journal journal;
	private final Links links;
	private final DisputeNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	DisputeRegistration(DisputeStore store, DisputeRules rules, DisputeViews views, DisputeReferrals referrals,
			CaseDirectory cases, OrgUnits units, FieldCipher cipher, Journal journal, Links links, DisputeNotices notices,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.views = views;
		this.referrals = referrals;
		this.cases = cases;
		this.units = units;
		this.cipher = cipher;
		this.journal = journal;
		this.links = links;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers a dispute at the centre the rule names; answers its id. */
	public long register(NewDispute d, Actor by) {
		if (!by.has(org.zhili.identity.Permission.DISPUTE_MEDIATE)) {
			throw ApiProblem.forbidden("not_a_mediator", "只有矛调中心的调解员可以登记纠纷");
		}
		check(d);
		Links.End origin = origin(d, by);
		Instant now = clock.instant();
		boolean cross = Boolean.TRUE.equals(d.crossStreet());
		String centre = rules.forDistrict(d.risk(), cross, d.typeCode()) ? rules.districtCentre() : d.streetCode();
		String address = blank(d.address());
		long id = store.insert(new DisputeStore.NewRow(d.typeCode(), d.title().strip(), d.description().strip(),
				d.amount(), d.risk(), cross, address, AddressKey.of(address), d.streetCode(), centre,
				origin == null ? null : origin.loop(), origin == null ? null : origin.itemId(),
				origin == null ? null : origin.itemRef(), now, by.username()));
		writeParties(id, d.parties());
		enrolIfMediator(by);
		DisputeStore.Row r = store.find(id).orElseThrow();
		if (origin != null) {
			links.link(origin, views.end(r), "opened-from", "转人民调解",
					"case".equals(origin.loop()) ? "来源：12345工单" : "来源：信访件", by.username(), now);
		}
		journal.append(new Journal.Step(Disputes.LOOP, id, "register", "登记", by.username(), centre,
				rules.typeLabel(d.typeCode()) + "，风险" + d.risk().label() + "，分送" + views.centreName(centre)
						+ (origin == null ? "" : "（来源 " + origin.itemRef() + "）"),
				now));
		notices.tell(r, centre, "NEW", "新纠纷", "新登记纠纷待受理：" + r.title(), now);
		audit.success("disputes.registered", Disputes.LOOP + ":" + id, r.reference() + " " + views.centreName(centre));
		return id;
	}

	/** What a 12345 case (by tracking number) or a petition (by id) offers a new dispute. */
	@Transactional(readOnly = true)
	public Draft draft(String caseNumber, Long petitionId, Actor reader) {
		if (caseNumber != null && !caseNumber.isBlank()) {
			CaseView c = cases.findByTrackingNumber(caseNumber.strip(), reader)
				.orElseThrow(() -> ApiProblem.badInput("originCase", "unknown_case", "没有这个工单，或无权查看：" + caseNumber));
			String street = c.territory() == null || c.territory().street() == null ? null : c.territory().street().code();
			return new Draft(c.title(), c.description(), c.address(), street, c.trackingNumber(), null, c.trackingNumber(),
					"/cases/" + c.id());
		}
		if (petitionId != null) {
			Petitions.Summary p = referrals.petition(petitionId, reader)
				.orElseThrow(() -> ApiProblem.badInput("originPetition", "unknown_petition", "没有这个信访件，或无权查看"));
			return new Draft(p.title(), p.content(), p.address(), p.streetCode(), null, p.id(), p.trackingNumber(), p.link());
		}
		throw ApiProblem.badInput("case", "origin_required", "请给出工单编号（case）或信访件编号（petition）");
	}

	/** A mediator account acting for its centre is on the centre's roster (its name stays the roster's). */
	void enrolIfMediator(Actor actor) {
		if (actor.hasRole(Role.MEDIATOR)) {
			store.enrol(actor.username(), actor.username(), actor.scope().unitCode());
		}
	}

	void writeParties(long id, List<PartyInput> parties) {
		int seq = 1;
		for (PartyInput p : parties) {
			String phone = blank(p.phone());
			String idNumber = blank(p.idNumber());
			store.insertParty(id, seq++, p.role().name(), cipher.encrypt(p.name().strip()), cipher.encrypt(phone),
					cipher.encrypt(idNumber == null ? null : idNumber.toUpperCase(java.util.Locale.ROOT)),
					phone == null ? null : cipher.blindIndex(phone),
					idNumber == null ? null : cipher.blindIndex(idNumber.toUpperCase(java.util.Locale.ROOT)));
		}
	}

	private Links.End origin(NewDispute d, Actor by) {
		if (d.originCase() != null && !d.originCase().isBlank()) {
			CaseView c = cases.findByTrackingNumber(d.originCase().strip(), by)
				.orElseThrow(() -> ApiProblem.badInput("originCase", "unknown_case", "没有这个工单，或无权查看：" + d.originCase()));
			return new Links.End("case", c.id(), c.trackingNumber(), "/cases/" + c.id());
		}
		if (d.originPetition() != null) {
			Petitions.Summary p = referrals.petition(d.originPetition(), by)
				.orElseThrow(() -> ApiProblem.badInput("originPetition", "unknown_petition", "没有这个信访件，或无权查看"));
			return new Links.End("petition", p.id(), p.trackingNumber(), p.link());
		}
		return null;
	}

	void check(NewDispute d) {
		if (d.typeCode() == null || rules.type(d.typeCode()).isEmpty()) {
			throw ApiProblem.badInput("typeCode", "unknown_type", "请选择纠纷类型："
					+ String.join("、", rules.types().stream().map(DisputeRules.Type::label).toList()));
		}
		text(d.title(), "title", "纠纷名称", TITLE_LENGTH);
		text(d.description(), "description", "纠纷情况", DESCRIPTION_LENGTH);
		if (d.amount() != null && d.amount().signum() < 0) {
			throw ApiProblem.badInput("amount", "invalid_amount", "争议金额不能为负数");
		}
		if (d.risk() == null) {
			throw ApiProblem.badInput("risk", "risk_required", "请选择风险等级：低、中或高");
		}
		if (d.address() != null && d.address().length() > ADDRESS_LENGTH) {
			throw ApiProblem.badInput("address", "invalid_address", "地址不超过" + ADDRESS_LENGTH + "字");
		}
		OrgUnit street = d.streetCode() == null ? null : units.find(d.streetCode()).orElse(null);
		if (street == null || street.level() != UnitLevel.STREET) {
			throw ApiProblem.badInput("streetCode", "unknown_street", "请选择纠纷发生地所在的街道");
		}
		checkParties(d.parties());
	}

	private static void checkParties(List<PartyInput> parties) {
		if (parties == null || parties.size() < 2) {
			throw ApiProblem.badInput("parties", "parties_required", "纠纷至少有两方当事人");
		}
		List<PartyRole> roles = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			PartyInput p = parties.get(i);
			String field = "parties[" + i + "]";
			if (p == null || p.role() == null) {
				throw ApiProblem.badInput(field + ".role", "role_required", "请选择当事人身份：申请人或被申请人");
			}
			if (p.name() == null || p.name().isBlank() || p.name().strip().length() > NAME_LENGTH) {
				throw ApiProblem.badInput(field + ".name", "invalid_name", "当事人姓名（名称）不能为空，且不超过" + NAME_LENGTH + "字");
			}
			if (p.phone() != null && !p.phone().isBlank() && !PHONE.matcher(p.phone().strip()).matches()) {
				throw ApiProblem.badInput(field + ".phone", "invalid_phone", "联系电话格式不正确");
			}
			if (p.idNumber() != null && !p.idNumber().isBlank() && !ID_NUMBER.matcher(p.idNumber().strip()).matches()) {
				throw ApiProblem.badInput(field + ".idNumber", "invalid_id_number", "身份证号应为15或18位");
			}
			roles.add(p.role());
		}
		if (!roles.contains(PartyRole.APPLICANT) || !roles.contains(PartyRole.RESPONDENT)) {
			throw ApiProblem.badInput("parties", "parties_required", "纠纷须有申请人和被申请人");
		}
	}

	private static void text(String value, String field, String name, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + max + "字");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
