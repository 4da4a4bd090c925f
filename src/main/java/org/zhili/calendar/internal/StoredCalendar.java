package org.zhili.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.CalendarChanged;
import org.zhili.calendar.OfficeHours;

/**
 * The calendar as stored: reads it into {@link CalendarRules}, and writes a year while working out which
 * days changed their status, so that {@link CalendarChanged} tells other modules exactly what to recompute.
 */
@Component
class StoredCalendar {

	private static final Logger log = LoggerFactory.getLogger(StoredCalendar.class);
	/** The author recorded for bundled years. */
	static final String SYSTEM = "system";

	/** The rules after a write, and the event describing it ({@code null}: no day changed its status). */
	record Change(CalendarRules rules, CalendarChanged event) {
	}

	/** The rules after loading at start, and the changes to announce once every listener is ready. */
	record Startup(CalendarRules rules, List<CalendarChanged> changes) {
	}

	private final HolidayArrangements repository;
	private final BundledArrangements bundled;
	private final TransactionTemplate transactions;
	private final OfficeHours hours;
	private final ZoneId zone;
	private final Clock clock;

	StoredCalendar(HolidayArrangements repository, BundledArrangements bundled, TransactionTemplate transactions,
			CalendarProperties properties, Clock clock) {
		this.repository = repository;
		this.bundled = bundled;
		this.transactions = transactions;
		this.hours = properties.officeHours().toOfficeHours();
		this.zone = clock.getZone();
		this.clock = clock;
	}

	CalendarRules read() {
		return CalendarRules.of(repository.findAll().stream().map(HolidayArrangement.Stored::arrangement).toList(),
				hours, zone);
	}

	/** Runs {@code write} (which changes only {@code year}) in the caller's transaction. */
	Change change(int year, Runnable write) {
		CalendarRules before = read();
		write.run();
		CalendarRules after = read();
		List<LocalDate> changed = changedDays(before, after, year);
		return new Change(after, changed.isEmpty() ? null : new CalendarChanged(year, changed));
	}

	/** The dates a notice for {@code year} may name whose working status differs between two states. */
	static List<LocalDate> changedDays(CalendarRules before, CalendarRules after, int year) {
		List<LocalDate> changed = new ArrayList<>();
		LocalDate last = HolidayArrangement.lastDate(year);
		for (LocalDate d = HolidayArrangement.firstDate(year); !d.isAfter(last); d = d.plusDays(1)) {
			if (before.isWorkingDay(d) != after.isWorkingDay(d)) {
				changed.add(d);
			}
		}
		return changed;
	}

	/**
	 * Loads the bundled years the database lacks, and refreshes bundled years whose shipped data a newer
	 * release corrected; years an administrator wrote are kept. Idempotent.
	 */
	Startup loadAtStart() {
		return transactions.execute(tx -> {
			Map<Integer, HolidayArrangement.Stored> stored = repository.findAll()
				.stream()
				.collect(Collectors.toMap(HolidayArrangement.Stored::year, Function.identity()));
			List<CalendarChanged> changes = new ArrayList<>();
			bundled.years().forEach((year, arrangement) -> {
				HolidayArrangement.Stored current = stored.get(year);
				boolean stale = current != null && current.source() == HolidayArrangement.Source.BUNDLED
						&& !current.arrangement().equals(arrangement);
				if (current == null || stale) {
					Change change = change(year, () -> repository.save(arrangement, HolidayArrangement.Source.BUNDLED,
							clock.instant(), SYSTEM));
					if (change.event() != null) {
						changes.add(change.event());
					}
				}
			});
			if (!changes.isEmpty()) {
				log.info("Loaded the bundled holiday arrangements for {}",
						changes.stream().map(c -> String.valueOf(c.year())).collect(Collectors.joining(", ")));
			}
			// On a first start nothing was computed with the old calendar, so there is nothing to announce.
			return new Startup(read(), stored.isEmpty() ? List.of() : changes);
		});
	}
}
