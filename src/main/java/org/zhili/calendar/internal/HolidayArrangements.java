package org.zhili.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The arrangements in {@code calendar.holiday_year} and {@code calendar.special_day}. */
@Repository
class HolidayArrangements {

	private final JdbcClient jdbc;

	HolidayArrangements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored year, in year order. */
	List<HolidayArrangement.Stored> findAll() {
		Map<Integer, List<SpecialDay>> days = new LinkedHashMap<>();
		jdbc.sql("select year, day, name, off_day from calendar.special_day order by year, day")
			.query((RowCallbackHandler) rs -> days.computeIfAbsent(rs.getInt("year"), y -> new ArrayList<>())
				.add(new SpecialDay(rs.getObject("day", LocalDate.class), rs.getString("name"),
						rs.getBoolean("off_day"))));
		return jdbc.sql("select year, source, papers, updated_at, updated_by from calendar.holiday_year order by year")
			.query((rs, n) -> new HolidayArrangement.Stored(
					new HolidayArrangement(rs.getInt("year"), papers(rs.getString("papers")),
							days.getOrDefault(rs.getInt("year"), List.of())),
					HolidayArrangement.Source.valueOf(rs.getString("source")),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
			.list();
	}

	Optional<HolidayArrangement.Stored> find(int year) {
		return findAll().stream().filter(s -> s.year() == year).findFirst();
	}

	/** Replaces the year's arrangement (its row and all its days). */
	void save(HolidayArrangement arrangement, HolidayArrangement.Source source, Instant at, String by) {
		jdbc.sql("""
				insert into calendar.holiday_year (year, source, papers, updated_at, updated_by)
				values (:year, :source, :papers, :at, :by)
				on conflict (year) do update set source = excluded.source, papers = excluded.papers,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("year", arrangement.year())
			.param("source", source.name())
			.param("papers", String.join("\n", arrangement.papers()))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		jdbc.sql("delete from calendar.special_day where year = :year").param("year", arrangement.year()).update();
		for (SpecialDay day : arrangement.days()) {
			jdbc.sql("insert into calendar.special_day (year, day, name, off_day) values (:year, :day, :name, :off)")
				.param("year", arrangement.year())
				.param("day", day.date())
				.param("name", day.name())
				.param("off", day.offDay())
				.update();
		}
	}

	/** Removes the year; its days go with it. */
	boolean delete(int year) {
		return jdbc.sql("delete from calendar.holiday_year where year = :year").param("year", year).update() > 0;
	}

	private static List<String> papers(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
	}
}
