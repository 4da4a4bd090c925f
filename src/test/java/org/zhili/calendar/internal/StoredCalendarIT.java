package org.zhili.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.calendar.CalendarChanged;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the bundled years at start is idempotent, keeps administrators' years and repairs stale bundled ones. */
@ZhiliIntegrationTest
class StoredCalendarIT {

	@Autowired
	StoredCalendar stored;

	@Autowired
	HolidayArrangements repository;

	@Autowired
	BundledArrangements bundled;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadingAgainChangesNothing() {
		List<HolidayArrangement.Stored> before = repository.findAll();

		StoredCalendar.Startup again = stored.loadAtStart();

		assertThat(again.changes()).isEmpty();
		assertThat(repository.findAll()).isEqualTo(before);
		assertThat(before).extracting(HolidayArrangement.Stored::year).containsAll(bundled.years().keySet());
	}

	@Test
	void anAdministratorsYearIsKept() {
		HolidayArrangement shipped = bundled.years().get(2024);
		List<SpecialDay> days = new ArrayList<>(shipped.days());
		days.add(new SpecialDay(LocalDate.of(2024, 3, 4), "测试补休", true));
		HolidayArrangement corrected = new HolidayArrangement(2024, List.of(), days);
		repository.save(corrected, HolidayArrangement.Source.ADMIN, Instant.now(), "sysadmin");
		try {
			StoredCalendar.Startup startup = stored.loadAtStart();

			assertThat(repository.find(2024).orElseThrow().arrangement()).isEqualTo(corrected);
			assertThat(startup.rules().isWorkingDay(LocalDate.of(2024, 3, 4))).isFalse();
			assertThat(startup.changes()).isEmpty();
		}
		finally {
			repository.save(shipped, HolidayArrangement.Source.BUNDLED, Instant.now(), StoredCalendar.SYSTEM);
		}
	}

	@Test
	void aBundledYearWhoseDataChangedIsReloadedAndAnnounced() {
		// As if an older release had shipped 2025 without the Sunday worked before 春节 (2025-01-26).
		jdbc.sql("delete from calendar.special_day where year = 2025 and day = date '2025-01-26'").update();

		StoredCalendar.Startup startup = stored.loadAtStart();

		assertThat(repository.find(2025).orElseThrow().arrangement()).isEqualTo(bundled.years().get(2025));
		assertThat(startup.changes()).containsExactly(new CalendarChanged(2025, List.of(LocalDate.of(2025, 1, 26))));
		assertThat(startup.rules().isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
	}
}
