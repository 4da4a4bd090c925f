package org.zhili.insight.internal.workbench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhili.cases.CaseFigures;
import org.zhili.cases.CaseFigures.UnitFigures;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.process.Inbox;
import org.zhili.process.Worklist;
import org.zhili.process.Worklist.Waiting;

/**
 * The 工作台: what waits for the reader in every loop (each loop's {@link Worklist}), the newest unread messages of
 * the one inbox (reminders, 督办, early warnings), and the figures of the reader's unit this month beside last month
 * and the district.
 */
@Service
public class Workbench {

	private static final Logger log = LoggerFactory.getLogger(Workbench.class);

	/** 受理量 and the 三率 of a unit (or the district) this month, last month, and the district this month. */
	public record Figures(String unitName, boolean district, YearMonth month, Row thisMonth, Row lastMonth, Row districtMonth) {
	}

	public record Row(long received, BigDecimal response, BigDecimal resolution, BigDecimal satisfaction,
			BigDecimal composite) {

		static Row of(UnitFigures u) {
			return new Row(u.received(), u.response(), u.resolution(), u.satisfaction(), u.composite());
		}

		static Row of(CaseFigures.Figures f) {
			return new Row(f.received(), f.response(), f.resolution(), f.satisfaction(), null);
		}
	}

	public record View(List<Waiting> waiting, long unread, List<Inbox.Entry> messages, Figures figures) {
	}

	private final List<Worklist> worklists;
	private final Inbox inbox;
	private final CaseFigures caseFigures;
	private final OrgUnits units;
	private final Clock clock;

	Workbench(List<Worklist> worklists, Inbox inbox, CaseFigures caseFigures, OrgUnits units, Clock clock) {
		this.worklists = worklists;
		this.inbox = inbox;
		this.caseFigures = caseFigures;
		this.units = units;
		this.clock = clock;
	}

	public View of(Actor reader) {
		List<Waiting> waiting = new ArrayList<>();
		for (Worklist w : worklists) {
			try {
				waiting.addAll(w.waitingFor(reader));
			}
			catch (RuntimeException e) {
				// one loop failing must not take the whole start page with it
				log.warn("{} could not count {}'s work: {}", w.getClass().getSimpleName(), reader.username(), e.toString());
			}
		}
		waiting.sort(Comparator.comparingInt(Waiting::order));
		return new View(waiting, inbox.unread(reader), inbox.read(reader, List.of(), true, 5), figures(reader));
	}

	/** The reader's street or department, or the district for a district-wide reader who may see statistics. */
	private Figures figures(Actor reader) {
		Optional<OrgUnit> unit = units.find(reader.scope().unitCode());
		if (unit.isEmpty()) {
			return null;
		}
		UnitLevel level = unit.get().level();
		boolean district = level == UnitLevel.DISTRICT;
		if (district ? !reader.has(Permission.STATS_VIEW) : level != UnitLevel.STREET && level != UnitLevel.DEPARTMENT) {
			return null;
		}
		LocalDate today = LocalDate.now(clock);
		YearMonth month = YearMonth.from(today);
		CaseFigures.Standings now = caseFigures.standings(month.atDay(1), today);
		CaseFigures.Standings last = caseFigures.standings(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
		Row districtNow = Row.of(now.district());
		if (district) {
			return new Figures(unit.get().name(), true, month, districtNow, Row.of(last.district()), districtNow);
		}
		boolean street = level == UnitLevel.STREET;
		Optional<Row> thisMonth = find(street ? now.streets() : now.departments(), unit.get());
		Optional<Row> lastMonth = find(street ? last.streets() : last.departments(), unit.get());
		return thisMonth.map(n -> new Figures(unit.get().name(), false, month, n, lastMonth.orElse(null), districtNow))
			.orElse(null);
	}

	private static Optional<Row> find(List<UnitFigures> all, OrgUnit unit) {
		return all.stream().filter(u -> u.code().equals(unit.code())).findFirst().map(Row::of);
	}
}
