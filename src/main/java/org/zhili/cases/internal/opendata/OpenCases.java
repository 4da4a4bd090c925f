package org.zhili.cases.internal.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;

/**
 * The cases as open data: what was asked, where (to the grid) and how it ended, and nothing that names or
 * describes a person — no text, address, exact point, requester or number. Confidential cases (举报 and those
 * marked so) are left out. The newest first, over the configured window.
 */
@Component
class OpenCases {

	/** One case as published: the grid's centre stands for its place. */
	record OpenCase(LocalDate registered, String channel, String type, String category, String street,
			String community, String grid, Double lng, Double lat, String state, Boolean solved) {
	}

	static final List<Exports.Column<OpenCase>> COLUMNS = List.of(
			Exports.Column.of("登记日期", 12, OpenCase::registered),
			Exports.Column.of("渠道", 12, OpenCase::channel),
			Exports.Column.of("类型", 8, OpenCase::type),
			Exports.Column.of("分类", 30, OpenCase::category),
			Exports.Column.of("街道", 12, OpenCase::street),
			Exports.Column.of("社区", 14, OpenCase::community),
			Exports.Column.of("网格", 16, OpenCase::grid),
			Exports.Column.of("网格中心经度", 12, OpenCase::lng),
			Exports.Column.of("网格中心纬度", 12, OpenCase::lat),
			Exports.Column.of("状态", 10, OpenCase::state),
			Exports.Column.of("是否解决", 8, OpenCase::solved));

	private final JdbcClient jdbc;
	private final Categories categories;
	private final OrgUnits units;
	private final Locator locator;
	private final OpenCasesProperties settings;
	private final Clock clock;

	OpenCases(JdbcClient jdbc, Categories categories, OrgUnits units, Locator locator, OpenCasesProperties settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.units = units;
		this.locator = locator;
		this.settings = settings;
		this.clock = clock;
	}

	OpenCasesProperties settings() {
		return settings;
	}

	/** The published cases, newest first, at most {@code limit}, streamed from the database. */
	@Transactional(readOnly = true)
	public void feed(int limit, Consumer<? super OpenCase> sink) {
		try (Stream<OpenCase> rows = jdbc.sql("""
				select registered_at, channel, type, category_code, street_code, community_code, grid_code, state, solved
				from cases.case_record
				where not confidential and type <> 'REPORT' and registered_at >= :from
				order by registered_at desc limit :limit""")
			.param("from", Timestamp.from(clock.instant().minus(Duration.ofDays(settings.days()))))
			.param("limit", limit)
			.query(this::row)
			.stream()) {
			rows.forEach(sink);
		}
	}

	/** When the newest published case was registered; {@code null} when there is none. */
	Instant modified() {
		return jdbc.sql("select max(registered_at) from cases.case_record where not confidential and type <> 'REPORT'")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	private OpenCase row(ResultSet rs, int n) throws SQLException {
		String grid = rs.getString("grid_code");
		Locator.Extent extent = grid == null ? null : locator.extent(grid).orElse(null);
		String category = rs.getString("category_code");
		Object solved = rs.getObject("solved");
		return new OpenCase(rs.getTimestamp("registered_at").toInstant().atZone(ChinaTime.ZONE).toLocalDate(),
				Channel.valueOf(rs.getString("channel")).label(), CaseType.valueOf(rs.getString("type")).label(),
				category == null ? null : categories.find(category).map(Category::fullName).orElse(category),
				name(rs.getString("street_code")), name(rs.getString("community_code")), grid,
				extent == null ? null : round((extent.minLng() + extent.maxLng()) / 2),
				extent == null ? null : round((extent.minLat() + extent.maxLat()) / 2),
				CaseState.valueOf(rs.getString("state")).label(), (Boolean) solved);
	}

	private String name(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}

	/** Five decimals: about a metre, finer than any grid, so the centre is not moved. */
	private static double round(double degrees) {
		return Math.round(degrees * 100_000) / 100_000.0;
	}
}
