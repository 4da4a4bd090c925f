package org.zhili.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Permission;
import org.zhili.identity.PersonalData;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.petitions.PetitionState;
import org.zhili.process.ClockLight;
import org.zhili.process.Clocks;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;

import static org.zhili.petitions.internal.PetitionWorkflow.*;

/** A petition as its readers see it: a list line, the whole page, the petitioner masked unless the reader may unmask. */
@Component
class PetitionViews {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	record Line(long id, String trackingNumber, String channelLabel, String kindLabel, String title, String petitioner,
			int groupSize, String streetName, String unitName, String state, String stateLabel, Instant registeredAt,
			Instant due, String light, boolean repeat, String leader) {
	}

	record Detail(long id, String trackingNumber, String channel, String channelLabel, String kind, String kindLabel,
			boolean legalMatter, String title, String content, String petitionerName, String petitionerPhone,
			String petitionerIdNumber, String representatives, int groupSize, String address, String streetCode,
			String streetName, String state, String stateLabel, String routeLabel, String unitCode, String unitName,
			String accusedUnitName, String accusedPerson, String procedureLabel, String answer, String opinion,
			String opinionLabel, String opinionText, boolean extended, String extensionReason, int reviewRound,
			boolean fin, String ratingLabel, String ratingComment, String repeatOf, Instant registeredAt,
			String registeredBy, Instant routedAt, Instant repliedAt, Instant closedAt, String clockName, Instant due,
			String light, String leader, String leadPlan, String leadReport, List<String> actions,
			List<TimelineEntry> timeline, List<Links.Link> links, List<Supervisions.Supervision> supervisions,
			String queryCode) {
	}

	private final OrgUnits units;
	private final FieldCipher cipher;
	private final Clocks clocks;
	private final PetitionRules rules;
	private final Clock clock;

	PetitionViews(OrgUnits units, FieldCipher cipher, Clocks clocks, PetitionRules rules, Clock clock) {
		this.units = units;
		this.cipher = cipher;
		this.clocks = clocks;
		this.rules = rules;
		this.clock = clock;
	}

	static String link(long id) {
		return "/petitions/" + id;
	}

	static String date(Instant at) {
		return at == null ? "" : LocalDate.ofInstant(at, ZONE).toString();
	}

	/** The light of the petition's running legal clock, or {@code null} when none runs. */
	String light(PetitionStore.Row r) {
		Clocks.Running running = running(r);
		return running == null ? null : light(running);
	}

	Line line(PetitionStore.Row r, Actor reader) {
		Clocks.Running running = running(r);
		return new Line(r.id(), r.trackingNumber(), r.channel().label(), r.kind() == null ? null : r.kind().label(),
				r.title(), name(r, reader), r.groupSize(), unitName(r.streetCode()), unitName(r.handlingUnit()),
				r.state().name(), r.state().label(), r.registeredAt(), running == null ? null : running.deadline().due(),
				running == null ? null : light(running), r.repeatOf() != null, r.leadUsername());
	}

	Detail detail(PetitionStore.Row r, Actor reader, List<String> actions, List<TimelineEntry> timeline,
			List<Links.Link> links, List<Supervisions.Supervision> supervisions, String repeatOf) {
		boolean clear = reader.has(Permission.PERSONAL_DATA_UNMASK);
		String phone = cipher.decrypt(r.phoneCipher());
		String idNumber = cipher.decrypt(r.idCipher());
		Clocks.Running running = running(r);
		return new Detail(r.id(), r.trackingNumber(), r.channel().name(), r.channel().label(),
				r.kind() == null ? null : r.kind().name(), r.kind() == null ? null : r.kind().label(), r.legalMatter(),
				r.title(), r.content(), name(r, reader), clear ? phone : PersonalData.phone(phone),
				clear ? idNumber : PersonalData.idNumber(idNumber),
				r.representativesCipher() == null ? null
						: clear ? cipher.decrypt(r.representativesCipher()) : "（" + "已登记代表，姓名脱敏" + "）",
				r.groupSize(), r.address(), r.streetCode(), unitName(r.streetCode()), r.state().name(), r.state().label(),
				r.route() == null ? null : PetitionSteps.routeLabel(r.route()), r.handlingUnit(), unitName(r.handlingUnit()),
				unitName(r.accusedUnit()), clear ? cipher.decrypt(r.accusedPersonCipher()) : null,
				r.procedureCode() == null ? null : rules.procedure(r.procedureCode()).map(PetitionRules.Procedure::label).orElse(r.procedureCode()),
				r.answer(), r.opinion() == null ? null : r.opinion().name(), r.opinion() == null ? null : r.opinion().label(),
				r.opinionText(), r.extended(), r.extensionReason(), r.reviewRound(), r.fin(),
				r.rating() == null ? null : r.rating().label(), r.ratingComment(), repeatOf, r.registeredAt(),
				r.registeredBy(), r.routedAt(), r.repliedAt(), r.closedAt(), running == null ? null : running.key().name(),
				running == null ? null : running.deadline().due(), running == null ? null : light(running),
				r.leadUsername(), r.leadPlan(), r.leadReport(), actions, timeline, links, supervisions,
				reader.has(Permission.PETITION_REGISTER) ? r.queryCode() : null);
	}

	String name(PetitionStore.Row r, Actor reader) {
		String name = cipher.decrypt(r.nameCipher());
		return reader.has(Permission.PERSONAL_DATA_UNMASK) ? name : PersonalData.name(name);
	}

	String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::shortName).orElse(code);
	}

	/** The clock the petition runs on now, if any. */
	Clocks.Running running(PetitionStore.Row r) {
		String name = clockName(r.state());
		return name == null ? null : clocks.find(PetitionSteps.key(r.id(), name)).orElse(null);
	}

	/** The legal clock a petition in the state runs on, or {@code null} when none does (waiting for the petitioner, ended). */
	static String clockName(PetitionState state) {
		return switch (state) {
			case REGISTERED -> REGISTER_CLOCK;
			case HANDLING -> HANDLE_CLOCK;
			case REVIEWING -> REVIEW_CLOCK;
			case RE_REVIEWING -> RE_REVIEW_CLOCK;
			default -> null;
		};
	}

	/** The light now of a legal clock due at {@code due}: yellow from the warning days before the due day. */
	ClockLight light(Instant due) {
		Instant warn = LocalDate.ofInstant(due, ZONE).minusDays(rules.warnDays()).atStartOfDay(ZONE).toInstant();
		return ClockLight.at(clock.instant(), warn, due);
	}

	private String light(Clocks.Running running) {
		return light(running.deadline().due()).label();
	}
}
