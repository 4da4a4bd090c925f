package org.zhili.inspection.internal.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.inspection.Rectifications.Rectification;
import org.zhili.inspection.Rectifications.State;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/** A rectification as people read it: its number and link, its units by name, overdue as of today. */
@Component
class RectificationViews {

	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final Clock clock;

	RectificationViews(OrgUnits units, WorkingCalendar calendar, Clock clock) {
		this.units = units;
		this.calendar = calendar;
		this.clock = clock;
	}

	Rectification view(RectificationStore.Row r, LocalDate today) {
		return new Rectification(r.id(), r.sourceLoop(), r.sourceId(), r.sourceRef(), r.link(), r.subjectId(), r.place(),
				r.streetCode(), r.unitCode(), unitName(r.unitCode()), r.problem(), r.severity(), r.due(), r.state(),
				r.state() == State.OPEN && today.isAfter(r.due()), r.openedAt(), r.reportedAt(), r.closedAt());
	}

	/** For the lists: numbers and street names of many rows at once. */
	List<RectificationLine> lines(List<Rectification> items) {
		List<RectificationLine> lines = new ArrayList<>(items.size());
		for (Rectification r : items) {
			lines.add(new RectificationLine(r, number(r.id(), r.openedAt()), unitName(r.streetCode())));
		}
		return lines;
	}

	/** A unit's (or street's) name, or its code when the org tree no longer knows it. */
	String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), calendar.zone());
	}

	static String number(RectificationStore.Row r) {
		return number(r.id(), r.openedAt());
	}

	/** ZG, the year it was opened and the id: what people quote. */
	static String number(long id, Instant openedAt) {
		return "ZG" + LocalDate.ofInstant(openedAt, ChinaTime.ZONE).getYear() + "-" + String.format("%05d", id);
	}

	static String link(long id) {
		return "/inspection/rectifications/" + id;
	}

	static String recheckText(RectificationStore.Row r) {
		return (Boolean.TRUE.equals(r.recheckPassed()) ? "通过" : "未通过")
				+ (Boolean.TRUE.equals(r.recheckOnSite()) ? "（现场复查）" : "（书面复查）");
	}
}
