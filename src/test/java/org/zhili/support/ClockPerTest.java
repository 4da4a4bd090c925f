package org.zhili.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method the application's {@link MovableClock} on the real time and takes it back after, to
 * the real time, whatever the test did with it: no test resets the clock, and none can leak moved time into
 * the next. Registered by {@link ZhiliIntegrationTest}; the turn spans the test's {@code @BeforeEach} and
 * {@code @AfterEach} methods.
 */
public final class ClockPerTest implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		clock(context).startTurn(context.getUniqueId());
	}

	@Override
	public void afterEach(ExtensionContext context) {
		clock(context).endTurn(context.getUniqueId());
	}

	private static MovableClock clock(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(MovableClock.class);
	}
}
