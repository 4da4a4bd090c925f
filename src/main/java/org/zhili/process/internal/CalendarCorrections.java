package org.zhili.process.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhili.calendar.CalendarChanged;

/** A corrected year moves the open clocks of every loop (delivered from the event log, so none is missed). */
@Component
class CalendarCorrections {

	private static final Logger log = LoggerFactory.getLogger(CalendarCorrections.class);

	private final ClockStore clocks;

	CalendarCorrections(ClockStore clocks) {
		this.clocks = clocks;
	}

	@ApplicationModuleListener
	void on(CalendarChanged changed) {
		int moved = clocks.recompute(changed.changedDays());
		if (moved > 0) {
			log.info("Calendar of {} corrected ({} days changed): {} running deadlines recomputed", changed.year(),
					changed.changedDays().size(), moved);
		}
	}
}
