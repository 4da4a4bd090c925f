package org.zhili.routing.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseDirectory;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.routing.HotSpotsView;

/** The undecided hot spots, read for the doors that group their own items with them (舆情). */
@Component
class OpenHotSpots implements HotSpotsView {

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final CategoryTree categories;

	OpenHotSpots(JdbcClient jdbc, OrgUnits units, CategoryTree categories) {
		this.jdbc = jdbc;
		this.units = units;
		this.categories = categories;
	}

	@Override
	public List<OpenHotSpot> open(LocalDate since) {
		return jdbc.sql("""
				select id, area_code, street_code, category_code, recent, detected_on from routing.hot_spot
				where status = 'OPEN' and detected_on >= :since order by detected_on desc, id""")
			.param("since", since)
			.query((rs, n) -> {
				String area = rs.getString("area_code");
				String street = rs.getString("street_code");
				String category = rs.getString("category_code");
				return new OpenHotSpot(rs.getLong("id"), area, name(area), street, street == null ? null : name(street),
						category, categories.byCode(category).map(CaseDirectory.Category::name).orElse(category),
						rs.getInt("recent"), rs.getObject("detected_on", LocalDate.class));
			})
			.list();
	}

	private String name(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
