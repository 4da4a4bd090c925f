package org.zhili.cases.internal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseView;
import org.zhili.cases.PublicCase;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.CaseEvents;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.identity.PersonalData;
import org.zhili.org.OrgUnits;

/**
 * Cases as the public sees them. The timeline keeps only the steps a requester is told about (received,
 * dispatched to which unit, replied with the reply text, rated, closed) and names units, never people; notes,
 * returns, whistles, reminders and supervision stay inside.
 */
@Component
class PublicCaseViews {

	/** Mobile numbers and resident ID numbers written into free text, which the public sees masked. */
	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	/** States in which the reply has passed review and may be shown. */
	static final Set<CaseState> REPLY_PUBLIC = EnumSet.of(CaseState.CALLBACK, CaseState.RATED, CaseState.CLOSED);

	private final Categories categories;
	private final OrgUnits units;

	PublicCaseViews(Categories categories, OrgUnits units) {
		this.categories = categories;
		this.units = units;
	}

	PublicCase of(CaseRecord c, List<CaseEvents.Event> events, int photos) {
		List<PublicCase.Step> steps = timeline(events);
		Instant updated = updatedAt(steps, c.intake().registeredAt());
		boolean replyShown = REPLY_PUBLIC.contains(c.state()) && c.replyText() != null;
		return new PublicCase(c.trackingNumber(), c.intake().type().name(), c.intake().type().label(), c.categoryCode(),
				categoryName(c.categoryCode()), published(c.intake().description()), published(c.intake().address()), c.intake().lng(),
				c.intake().lat(), c.state().name(), c.state().label(), !c.state().terminal(),
				c.intake().requester().enterprise(), unit(c.leadUnitCode()), replyShown ? published(c.replyText()) : null,
				replyShown ? c.repliedAt() : null, c.solved(), c.satisfaction() == null ? null : c.satisfaction().name(),
				c.state() == CaseState.CALLBACK, c.intake().registeredAt(), updated, photos, steps);
	}

	/**
	 * A case from a row of {@code cases.case_record} (plus {@code updated_at}), without photos and timeline: see
	 * {@link #completed}.
	 */
	PublicCase row(ResultSet rs) throws SQLException {
		CaseState state = CaseState.valueOf(rs.getString("state"));
		CaseType type = CaseType.valueOf(rs.getString("type"));
		String replyText = REPLY_PUBLIC.contains(state) ? published(rs.getString("reply_text")) : null;
		Object solved = rs.getObject("solved");
		return new PublicCase(rs.getString("tracking_number"), type.name(), type.label(), rs.getString("category_code"),
				categoryName(rs.getString("category_code")), published(rs.getString("description")),
				published(rs.getString("address")),
				(Double) rs.getObject("lng"), (Double) rs.getObject("lat"), state.name(), state.label(), !state.terminal(),
				rs.getBoolean("enterprise"), unit(rs.getString("lead_unit_code")), replyText,
				replyText == null ? null : CaseRepository.instant(rs, "replied_at"), (Boolean) solved,
				rs.getString("satisfaction"), state == CaseState.CALLBACK, CaseRepository.instant(rs, "registered_at"),
				CaseRepository.instant(rs, "updated_at"), 0, List.of());
	}

	/**
	 * A case of {@link #row} with its number of photos and, when {@code events} are given, its timeline and its last
	 * public step as its last update, as {@link #of}.
	 */
	PublicCase completed(PublicCase c, int photos, List<CaseEvents.Event> events) {
		List<PublicCase.Step> steps = events == null ? c.timeline() : timeline(events);
		return new PublicCase(c.trackingNumber(), c.type(), c.typeLabel(), c.categoryCode(), c.categoryName(),
				c.description(), c.address(), c.lng(), c.lat(), c.state(), c.stateLabel(), c.open(), c.enterprise(),
				c.leadUnit(), c.reply(), c.repliedAt(), c.solved(), c.satisfaction(), c.rateable(), c.registeredAt(),
				events == null ? c.updatedAt() : updatedAt(steps, c.registeredAt()), photos, steps);
	}

	private static Instant updatedAt(List<PublicCase.Step> steps, Instant registeredAt) {
		return steps.isEmpty() ? registeredAt : steps.get(steps.size() - 1).at();
	}

	List<PublicCase.Step> timeline(List<CaseEvents.Event> events) {
		List<PublicCase.Step> steps = new ArrayList<>();
		String lastReply = null;
		for (CaseEvents.Event e : events) {
			CaseView.Unit unit = unit(e.unitCode());
			switch (e.action()) {
				case REGISTER -> steps.add(step(e, "已受理", null, null));
				case ANSWER, REPLY_SHARED -> steps.add(step(e, "已答复", null, e.note()));
				case DISPATCH, DESIGNATE -> steps.add(step(e, "已派至" + name(unit), unit, null));
				case REDISPATCH -> steps.add(step(e, "再次交办至" + name(unit), unit, null));
				case ACCEPT -> steps.add(step(e, name(unit) + "已签收，正在办理", unit, null));
				case REPLY -> lastReply = e.note();
				case REVIEW -> {
					if (e.toState() == CaseState.CALLBACK) {
						steps.add(step(e, name(unit) + "已答复", unit, lastReply));
					}
				}
				case RATE, CALLBACK -> {
					if (e.toState() == CaseState.RATED) {
						steps.add(step(e, "已评价", null, null));
					}
				}
				case CLOSE -> steps.add(step(e, "已办结", null, null));
				case MERGE -> {
					if (e.toState() == CaseState.MERGED) {
						steps.add(step(e, "与相同诉求合并办理", null, null));
					}
				}
				case VOID, APPROVE -> {
					if (e.toState() == CaseState.VOIDED) {
						steps.add(step(e, "已作废（不予受理）", null, null));
					}
				}
				default -> {
					// internal steps: notes, returns, whistles, reminders, supervision
				}
			}
		}
		return steps;
	}

	private static PublicCase.Step step(CaseEvents.Event e, String label, CaseView.Unit unit, String text) {
		return new PublicCase.Step(e.occurredAt(), e.action().name(), label, unit, published(text));
	}

	/** Free text as the public may read it: phone and ID numbers someone wrote into it are masked. */
	static String published(String text) {
		if (text == null) {
			return null;
		}
		String masked = MOBILE.matcher(text).replaceAll(m -> PersonalData.phone(m.group()));
		return ID_NUMBER.matcher(masked).replaceAll(m -> PersonalData.idNumber(m.group()));
	}

	private CaseView.Unit unit(String code) {
		return code == null ? null
				: units.find(code).map(u -> new CaseView.Unit(u.code(), u.name())).orElse(new CaseView.Unit(code, code));
	}

	private static String name(CaseView.Unit unit) {
		return unit == null ? "承办单位" : unit.name();
	}

	private String categoryName(String code) {
		return categories.find(code).map(Category::fullName).orElse(null);
	}
}
