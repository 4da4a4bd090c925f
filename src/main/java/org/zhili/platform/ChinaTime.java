package org.zhili.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** China Standard Time: every date and deadline in zhili is Beijing time, whatever the server's zone. */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

	/**
	 * The first instant of {@code day} in Beijing, for a query's bounds: the days {@code a} to {@code b} are
	 * {@code [start(a), start(b + 1))}.
	 */
	public static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
	}
}
