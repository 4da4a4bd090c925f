package org.zhili.process.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.process.Indicator;

import static org.zhili.platform.ChinaTime.start;

/** 督办 as a live indicator, across every loop that issues them. */
@Configuration(proxyBeanMethods = false)
class SupervisionIndicators {

	/**
	 * A stock, not a rate: the orders still waiting for their unit's reply when the period ends. An order replaced by
	 * one a level up (ESCALATED) counts once, as its successor, and one closed with its item not at all. In a street
	 * or community, the orders to its own units (the street, its communities and grids).
	 */
	@Bean
	Indicator supervisionsOpenIndicator(JdbcClient jdbc, OrgUnits units) {
		return new Indicator("process.supervisions-open", "待回复督办", "件",
				"期末（截止日结束时）已下达、责任单位尚未回复且未升级或随事项结束的督办令数", Indicator.Grain.COMMUNITY,
				(from, to, area) -> Optional.of(BigDecimal.valueOf(jdbc.sql("""
						select count(*) from process.supervision
						where issued_at < :end and (replied_at is null or replied_at >= :end)
						  and (ended_at is null or ended_at >= :end)
						  and (state = 'OPEN' or coalesce(replied_at, ended_at) is not null)
						  and (:district or unit_code in (:units))""")
					.param("end", start(to.plusDays(1)))
					.param("district", area.district())
					.param("units", area.district() ? List.of("") : unitsOf(units, area))
					.query(Long.class)
					.single())));
	}

	/** The area's own unit and every unit below it. */
	private static List<String> unitsOf(OrgUnits units, Indicator.Area area) {
		String top = area.community() != null ? area.community() : area.street();
		List<String> codes = new ArrayList<>(List.of(top));
		List<UnitLevel> below = area.community() != null ? List.of(UnitLevel.GRID)
				: List.of(UnitLevel.COMMUNITY, UnitLevel.GRID);
		below.forEach(level -> units.below(top, level).stream().map(OrgUnit::code).forEach(codes::add));
		return codes;
	}
}
