package org.zhili.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.CalendarChanged;
import org.zhili.calendar.DayStatus;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.OfficeHours;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.platform.ClusterSignals;

/**
 * The {@link WorkingCalendar} other modules get: the current {@link CalendarRules}, replaced as a whole when
 * an administrator changes a year. It is loaded while the application starts, before any bean that needs
 * it can ask, so no deadline is ever computed on an empty calendar.
 */
@Component
class LiveWorkingCalendar implements WorkingCalendar {

	private static final String SIGNAL = "calendar";

	private volatile CalendarRules rules;
	private List<CalendarChanged> changesAtStart;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final ClusterSignals signals;

	LiveWorkingCalendar(StoredCalendar stored, ApplicationEventPublisher events, TransactionTemplate transactions,
			ClusterSignals signals) {
		StoredCalendar.Startup startup = stored.loadAtStart();
		this.rules = startup.rules();
		this.changesAtStart = startup.changes();
		this.events = events;
		this.transactions = transactions;
		this.signals = signals;
		// another node changed a year: read the calendar again
		signals.on(SIGNAL, any -> replace(stored.read()));
	}

	/** Called in the transaction that changes a year: the other nodes read the calendar again once it commits. */
	void tellOthers() {
		signals.send(SIGNAL, "");
	}

	/**
	 * Announces what a release's bundled data changed. Not earlier: listeners are registered only once every
	 * bean exists, and module listeners take events only from a transaction.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void announceChangesAtStart() {
		if (!changesAtStart.isEmpty()) {
			transactions.executeWithoutResult(tx -> changesAtStart.forEach(events::publishEvent));
			changesAtStart = List.of();
		}
	}

	/** The current state, for callers that need several answers from one consistent state. */
	CalendarRules rules() {
		return rules;
	}

	void replace(CalendarRules rules) {
		this.rules = rules;
	}

	@Override
	public ZoneId zone() {
		return rules.zone();
	}

	@Override
	public OfficeHours officeHours() {
		return rules.officeHours();
	}

	@Override
	public DayStatus day(LocalDate date) {
		return rules.day(date);
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return rules.isWorkingDay(date);
	}

	@Override
	public boolean isPublished(int year) {
		return rules.isPublished(year);
	}

	@Override
	public LocalDate nextWorkingDay(LocalDate date) {
		return rules.nextWorkingDay(date);
	}

	@Override
	public LocalDate previousWorkingDay(LocalDate date) {
		return rules.previousWorkingDay(date);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return rules.addWorkingDays(start, days);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return rules.workingDaysBetween(from, to);
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration amount) {
		return rules.addWorkingTime(start, amount);
	}

	@Override
	public Duration workingTimeBetween(Instant from, Instant to) {
		return rules.workingTimeBetween(from, to);
	}

	@Override
	public Deadline deadline(Instant start, TimeLimit limit) {
		return rules.deadline(start, limit);
	}

	@Override
	public double elapsedFraction(Deadline deadline, Instant at) {
		return rules.elapsedFraction(deadline, at);
	}
}
