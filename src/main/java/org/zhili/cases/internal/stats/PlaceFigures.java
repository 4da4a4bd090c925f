package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhili.cases.CasePlaces;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.Channel;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.org.OrgUnits;

/** {@link CasePlaces} from {@link PlaceStats}' counters, and the open cases counted by the case lists' query. */
@Component
class PlaceFigures implements CasePlaces {

	private static final List<CaseState> OPEN = List.copyOf(CaseWorkflow.OPEN);

	private final PlaceStats stats;
	private final CaseQueries queries;
	private final OrgUnits units;

	PlaceFigures(PlaceStats stats, CaseQueries queries, OrgUnits units) {
		this.stats = stats;
		this.queries = queries;
		this.units = units;
	}

	@Override
	public long received(LocalDate from, LocalDate to, Area area) {
		return stats.received(from, to, area);
	}

	@Override
	public List<Count> places(LocalDate from, LocalDate to, Area area) {
		String column = switch (area.childLevel()) {
			case "GRID" -> "grid_code";
			case "COMMUNITY" -> "community_code";
			default -> "street_code";
		};
		return counts(stats.sums(column, from, to, area));
	}

	@Override
	public Map<Channel, Long> channels(LocalDate from, LocalDate to, Area area) {
		Map<Channel, Long> channels = new EnumMap<>(Channel.class);
		for (Channel c : Channel.values()) {
			channels.put(c, 0L);
		}
		stats.sums("channel", from, to, area).forEach((c, n) -> channels.put(Channel.valueOf(c), n));
		return channels;
	}

	@Override
	public List<Count> categories(LocalDate from, LocalDate to, Area area) {
		return counts(stats.sums("category_code", from, to, area));
	}

	@Override
	public List<Month> monthly(YearMonth from, YearMonth to, Area area) {
		Map<YearMonth, Long> counted = stats.monthly(from, to, area).stream()
			.collect(Collectors.toMap(Month::month, Month::received));
		List<Month> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(new Month(m, counted.getOrDefault(m, 0L)));
		}
		return months;
	}

	@Override
	public Open open(Area area) {
		// Counted where the cases are located (street or place), within the district: open states have their index.
		CaseFilter filter = new CaseFilter(OPEN, null, null, null, null,
				area.communityCode() == null ? area.streetCode() : null, area.communityCode(), null, null, null, null,
				null, null, null, null, null, null, CaseFilter.Sort.NEWEST, null);
		CaseQueries.ByLight counted = queries.countByLight(units.district().scope(), filter);
		return new Open(counted.all(), counted.red(), counted.yellow());
	}

	private static List<Count> counts(Map<String, Long> sums) {
		return sums.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
	}
}
