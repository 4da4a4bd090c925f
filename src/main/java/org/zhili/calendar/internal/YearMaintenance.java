package org.zhili.calendar.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.CalendarChanged;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ApiProblem;

/**
 * Administrators add a future year or correct one, or withdraw their version. Each change is validated as
 * a whole, stored, audited and announced ({@link CalendarChanged}) in one transaction; the calendar in memory
 * is replaced only after it committed.
 */
@Service
class YearMaintenance {

	static final String UPDATED = "calendar.year.updated";
	static final String WITHDRAWN = "calendar.year.withdrawn";

	private final ArrangementValidator validator;
	private final HolidayArrangements repository;
	private final BundledArrangements bundled;
	private final StoredCalendar stored;
	private final LiveWorkingCalendar live;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final CalendarProperties.Limits limits;
	private final Clock clock;

	YearMaintenance(ArrangementValidator validator, HolidayArrangements repository, BundledArrangements bundled,
			StoredCalendar stored, LiveWorkingCalendar live, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, CalendarProperties properties, Clock clock) {
		this.validator = validator;
		this.repository = repository;
		this.bundled = bundled;
		this.stored = stored;
		this.live = live;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.limits = properties.limits();
		this.clock = clock;
	}

	/**
	 * Adds or replaces the year's arrangement.
	 *
	 * @return the dates whose working status changed (empty when only names or addresses changed)
	 */
	synchronized StoredCalendar.Change put(int year, YearSubmission submission, Actor actor) {
		HolidayArrangement arrangement;
		try {
			arrangement = validator.validate(year, submission);
		}
		catch (ApiProblem refused) {
			// A refused configuration change is itself security-relevant (等保 8.1.4.3: success or failure).
			audit.failure(UPDATED, target(year), "节假日安排未通过校验：" + refused.getMessage());
			throw refused;
		}
		boolean existed = repository.find(year).isPresent();
		StoredCalendar.Change change = transactions.execute(tx -> {
			StoredCalendar.Change c = stored.change(year, () -> repository.save(arrangement,
					HolidayArrangement.Source.ADMIN, clock.instant(), actor.username()));
			audit.success(UPDATED, target(year), (existed ? "更正 " : "新增 ") + year + " 年节假日安排："
					+ describe(arrangement) + "；" + changed(c));
			announce(c);
			return c;
		});
		return change;
	}

	/**
	 * Withdraws the administrators' version of a year: a year zhili ships returns to the bundled notice, any
	 * other year is removed and counts Monday–Friday again.
	 */
	synchronized StoredCalendar.Change withdraw(int year) {
		if (!limits.yearInRange(year)) {
			throw ApiProblem.badInput("year", "year_out_of_range",
					"年份应在 " + limits.firstYear() + "–" + limits.lastYear() + " 之间");
		}
		if (repository.find(year).isEmpty()) {
			throw ApiProblem.notFound("holiday_year_not_found", year + " 年没有已录入的节假日安排");
		}
		Optional<HolidayArrangement> shipped = Optional.ofNullable(bundled.years().get(year));
		StoredCalendar.Change change = transactions.execute(tx -> {
			StoredCalendar.Change c = stored.change(year, () -> shipped.ifPresentOrElse(
					a -> repository.save(a, HolidayArrangement.Source.BUNDLED, clock.instant(), StoredCalendar.SYSTEM),
					() -> repository.delete(year)));
			audit.success(WITHDRAWN, target(year), (shipped.isPresent() ? "恢复 " + year + " 年为内置的国务院通知数据"
					: "撤销 " + year + " 年节假日安排，按周一至周五计算") + "；" + changed(c));
			announce(c);
			return c;
		});
		return change;
	}

	/**
	 * Replaces the calendar in memory once the change committed, then announces it: the replacement is registered
	 * first, so listeners of {@link CalendarChanged} already compute on the corrected calendar.
	 */
	private void announce(StoredCalendar.Change change) {
		// the other nodes read the calendar again once this commits
		live.tellOthers();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				live.replace(change.rules());
			}
		});
		if (change.event() != null) {
			events.publishEvent(change.event());
		}
	}

	static String target(int year) {
		return "calendar:" + year;
	}

	private static String describe(HolidayArrangement arrangement) {
		long working = arrangement.days().stream().filter(d -> !d.offDay()).count();
		return arrangement.days().size() + " 天（放假 " + (arrangement.days().size() - working) + " 天，调休上班 " + working
				+ " 天）";
	}

	private static String changed(StoredCalendar.Change change) {
		return change.event() == null ? "工作日无变化" : change.event().changedDays().size() + " 天的工作日状态改变";
	}
}
