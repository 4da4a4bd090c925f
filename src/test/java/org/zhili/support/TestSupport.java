package org.zhili.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** Beans every integration test may autowire. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

	/** Replaces the application's clock, so deadline tests can move time (each in its turn: {@link ClockPerTest}). */
	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	/** The running application's API, on whatever port it was given. */
	@Bean
	Api api(Environment environment, MovableClock clock) {
		return new Api(() -> environment.getRequiredProperty("local.server.port", Integer.class), clock::moves);
	}
}
