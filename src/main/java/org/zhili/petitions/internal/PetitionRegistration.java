package org.zhili.petitions.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Permission;
import org.zhili.org.AddressKey;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.PetitionRegistered;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.Links;

/**
 * A petition comes to the 信访部门 (条例 arts. 17–22): checked (a group visit of more than five names one to five
 * representatives), its petitioner encrypted with blind indexes, its building keyed, numbered, linked to the 12345
 * case or other item it grew out of, and its 15-day registration clock started. A petition on facts closed for good
 * after 复核 by the same petitioner is registered as 重复信访, linked to the original and left out of the counts.
 */
@Service
@Transactional
public class PetitionRegistration {

	/** What a 12345 case offers a petition transferred from it. */
	public record Draft(String caseNumber, String title, String content, String petitionerName, String petitionerPhone,
			String address, String streetCode, String caseLink) {
	}

	static final String LOOP = "petition";
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{5,19}");
	private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{15}|[0-9]{17}[0-9Xx]");
	private static final int MAX_REPRESENTATIVES = 5, GROUP = 5;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final PetitionStore store;
	private final PetitionRules rules;
	private final CaseDirectory cases;
	private final OrgUnits units;
	private final FieldCipher cipher;
	private final Journal journal;
	private final Links links;
	private final Clocks clocks;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;

	PetitionRegistration(PetitionStore store, PetitionRules rules, CaseDirectory cases, OrgUnits units,
			FieldCipher cipher, Journal journal, Links links, Clocks clocks, WorkingCalendar calendar,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.store = store;
		this.rules = rules;
		this.cases = cases;
		this.units = units;
		this.cipher = cipher;
		this.journal = journal;
		this.links = links;
		this.clocks = clocks;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
	}

	public Petitions.Registered register(Petitions.NewPetition p, Actor by, Instant at) {
		if (!by.has(Permission.PETITION_REGISTER) && !by.has(Permission.DISPUTE_MEDIATE)
				&& !by.has(Permission.OPINION_TRIAGE)) {
			throw ApiProblem.forbidden("not_a_petition_office", "只有信访部门可以登记信访件");
		}
		check(p);
		String phone = blank(p.petitioner().phone());
		String idNumber = blank(p.petitioner().idNumber());
		idNumber = idNumber == null ? null : idNumber.toUpperCase(Locale.ROOT);
		String phoneIndex = phone == null ? null : cipher.blindIndex(phone);
		String idIndex = idNumber == null ? null : cipher.blindIndex(idNumber);
		String address = blank(p.address());
		List<String> reps = p.representatives() == null ? List.of()
				: p.representatives().stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
		LocalDate day = LocalDate.ofInstant(at, calendar.zone());
		String number = store.nextNumber(day);
		Links.End origin = p.origin();
		long id = store.insert(new PetitionStore.NewRow(number, queryCode(), p.channel(), p.title().strip(),
				p.content().strip(), cipher.encrypt(p.petitioner().name().strip()), cipher.encrypt(phone),
				cipher.encrypt(idNumber), phoneIndex, idIndex, reps.isEmpty() ? null : cipher.encrypt(String.join("、", reps)),
				p.groupSize(), address, AddressKey.of(address), blank(p.streetCode()),
				origin == null ? null : origin.loop(), origin == null ? null : origin.itemId(),
				origin == null ? null : origin.itemRef(), at, by.username()));
		Links.End self = new Links.End(LOOP, id, number, PetitionViews.link(id));
		if (origin != null) {
			links.link(origin, self, "transferred", "转为信访", "来源：" + originLabel(origin.loop()), by.username(), at);
		}
		String note = p.channel().label() + (p.groupSize() > 1 ? "，" + p.groupSize() + "人" : "")
				+ (origin == null ? "" : "（来源 " + origin.itemRef() + "）");
		journal.append(new Journal.Step(LOOP, id, "register", "登记", by.username(), rules.office(), note, at));
		store.finalWithSameFacts(phoneIndex, idIndex, p.title().strip()).filter(o -> o != id).ifPresent(original -> {
			store.markRepeat(id, original);
			PetitionStore.Row o = store.find(original).orElseThrow();
			links.link(new Links.End(LOOP, original, o.trackingNumber(), PetitionViews.link(original)), self, "repeat",
					"重复信访", "重复信访（原件已复核终结）", by.username(), at);
			journal.append(new Journal.Step(LOOP, id, "repeat", "重复信访", "system", rules.office(),
					"同一信访人就已复核终结的同一事实再次信访，不再受理，不重复统计（原件 " + o.trackingNumber() + "）", at));
		});
		clocks.start(Clocks.Key.of(LOOP, id, PetitionWorkflow.REGISTER_CLOCK), at, rules.registerLimit());
		events.publishEvent(new PetitionRegistered(id, number, blank(p.streetCode()), AddressKey.of(address), phoneIndex,
				p.groupSize(), at));
		audit.success("petitions.registered", LOOP + ":" + id, number + " " + p.channel().label());
		return new Petitions.Registered(id, number, PetitionViews.link(id));
	}

	/** A 12345 case (by tracking number) as a petition transferred from it. */
	@Transactional(readOnly = true)
	public Draft draft(String caseNumber, Actor reader) {
		CaseView c = caseOf(caseNumber, reader);
		String street = c.territory() == null || c.territory().street() == null ? null : c.territory().street().code();
		String name = c.requester() == null ? null : c.requester().name();
		String phone = c.requester() == null ? null : c.requester().phone();
		return new Draft(c.trackingNumber(), c.title(), c.description(), name, phone, c.address(), street,
				"/cases/" + c.id());
	}

	/** The case a transfer names, as the end of its link. */
	Links.End caseEnd(String caseNumber, Actor reader) {
		CaseView c = caseOf(caseNumber, reader);
		return new Links.End("case", c.id(), c.trackingNumber(), "/cases/" + c.id());
	}

	private CaseView caseOf(String caseNumber, Actor reader) {
		if (caseNumber == null || caseNumber.isBlank()) {
			throw ApiProblem.badInput("caseNumber", "case_required", "请输入12345工单编号");
		}
		return cases.findByTrackingNumber(caseNumber.strip(), districtWide(reader))
			.orElseThrow(() -> ApiProblem.badInput("caseNumber", "unknown_case", "没有这个工单，或无权查看：" + caseNumber));
	}

	/**
	 * The 信访部门 takes up matters from anywhere in the district, so it reads the case it is told about across the
	 * district (its own scope is its office); anyone else reads within their own scope.
	 */
	private Actor districtWide(Actor reader) {
		if (!reader.has(Permission.PETITION_REGISTER) || !rules.office().equals(reader.scope().unitCode())) {
			return reader;
		}
		return new Actor(reader.accountId(), reader.username(), reader.roles(), units.district().scope());
	}

	void check(Petitions.NewPetition p) {
		if (p.channel() == null) {
			throw ApiProblem.badInput("channel", "channel_required", "请选择信访形式：走访、来信、网上信访、来电…");
		}
		text(p.title(), "title", "信访事项", 200);
		text(p.content(), "content", "诉求和事实理由", 8000);
		if (p.petitioner() == null || p.petitioner().name() == null || p.petitioner().name().isBlank()
				|| p.petitioner().name().strip().length() > 50) {
			throw ApiProblem.badInput("petitioner.name", "name_required", "请填写信访人姓名（不超过50字）");
		}
		String phone = p.petitioner().phone();
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			throw ApiProblem.badInput("petitioner.phone", "invalid_phone", "联系电话格式不正确");
		}
		String id = p.petitioner().idNumber();
		if (id != null && !id.isBlank() && !ID_NUMBER.matcher(id.strip()).matches()) {
			throw ApiProblem.badInput("petitioner.idNumber", "invalid_id_number", "身份证号应为15或18位");
		}
		if (p.groupSize() < 1 || p.groupSize() > 10000) {
			throw ApiProblem.badInput("groupSize", "invalid_group_size", "来访人数应为1人及以上");
		}
		long reps = p.representatives() == null ? 0 : p.representatives().stream().filter(r -> r != null && !r.isBlank()).count();
		if (reps > MAX_REPRESENTATIVES) {
			throw ApiProblem.badInput("representatives", "too_many_representatives", "多人走访推选的代表不超过5人（《信访工作条例》第二十条）");
		}
		if (p.channel() == PetitionChannel.VISIT && p.groupSize() > GROUP && reps < 1) {
			throw ApiProblem.badInput("representatives", "representatives_required",
					"多人走访（超过5人）应推选1至5名代表（《信访工作条例》第二十条）");
		}
		if (p.address() != null && p.address().length() > 300) {
			throw ApiProblem.badInput("address", "invalid_address", "地址不超过300字");
		}
		if (p.streetCode() != null && !p.streetCode().isBlank()) {
			OrgUnit street = units.find(p.streetCode().strip()).orElse(null);
			if (street == null || street.level() != UnitLevel.STREET) {
				throw ApiProblem.badInput("streetCode", "unknown_street", "请选择问题发生地所在的街道");
			}
		}
	}

	private static String originLabel(String loop) {
		return switch (loop) {
			case "case" -> "12345工单";
			case "dispute" -> "调解未成功";
			case "signal" -> "舆情线索";
			default -> loop;
		};
	}

	private static String queryCode() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			b.append(RANDOM.nextInt(10));
		}
		return b.toString();
	}

	private static void text(String value, String field, String name, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + max + "字");
		}
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
