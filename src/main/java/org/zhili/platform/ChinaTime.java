package org.zhili.platform;

import java.time.ZoneId;

/** China Standard Time: every date and deadline in zhili is Beijing time, whatever the server's zone. */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}
}
