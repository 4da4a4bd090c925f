package org.zhili.calendar.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhili.calendar.CalendarChanged;

/**
 * Remembers every {@link CalendarChanged} that was committed, so that integration tests can see what other
 * modules will receive. Picked up by component scanning in every integration test alike, so the shared test
 * context stays one.
 */
@Component
class CalendarChangedRecorder {

	private final List<CalendarChanged> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(CalendarChanged event) {
		events.add(event);
	}

	List<CalendarChanged> forYear(int year) {
		return events.stream().filter(e -> e.year() == year).toList();
	}
}
