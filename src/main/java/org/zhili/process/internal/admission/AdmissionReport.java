package org.zhili.process.internal.admission;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** What was pushed down to communities in a period: on the list, and off it (approved, refused, waiting). */
@Service
@Transactional(readOnly = true)
class AdmissionReport {

	/** One community and assigning unit, with names. */
	record Line(String communityCode, String communityName, String streetName, String assigningUnit,
			String assigningUnitName, long listed, long offList, long approved, long refused, long pending) {
	}

	/** The period's report; {@code offList} the work pushed down anyway, approved or not. */
	record Report(LocalDate from, LocalDate to, List<Line> lines, long listed, long offList, long approved,
			long refused, long pending) {
	}

	private final AdmissionStore store;
	private final AdmissionService service;
	private final org.zhili.org.OrgUnits units;

	AdmissionReport(AdmissionStore store, AdmissionService service, org.zhili.org.OrgUnits units) {
		this.store = store;
		this.service = service;
		this.units = units;
	}

	/** Both days included, Beijing days. */
	Report of(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw ApiProblem.badInput("to", "reversed_range", "to（" + to + "）不能早于 from（" + from + "）");
		}
		if (from.plusYears(3).isBefore(to)) {
			throw ApiProblem.badInput("to", "range_too_long", "统计区间最长 3 年");
		}
		List<Line> lines = store.report(ChinaTime.start(from), ChinaTime.start(to.plusDays(1))).stream()
			.map(t -> new Line(t.communityCode(), service.unitName(t.communityCode()),
					units.find(t.communityCode()).flatMap(c -> units.find(c.parentCode())).map(s -> s.shortName())
						.orElse(""),
					t.assigningUnit(), service.unitName(t.assigningUnit()), t.listed(), t.offList(), t.approved(),
					t.refused(), t.pending()))
			.toList();
		return new Report(from, to, lines, lines.stream().mapToLong(Line::listed).sum(),
				lines.stream().mapToLong(Line::offList).sum(), lines.stream().mapToLong(Line::approved).sum(),
				lines.stream().mapToLong(Line::refused).sum(), lines.stream().mapToLong(Line::pending).sum());
	}
}
