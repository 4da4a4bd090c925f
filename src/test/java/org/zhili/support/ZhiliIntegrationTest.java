package org.zhili.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port and a fresh embedded PostgreSQL with the demo district.
 * Every integration test uses exactly this configuration, so they all share one started context; they
 * autowire {@link Api} to call it. Each test method starts on the real time, and may move the application's
 * clock ({@link MovableClock}) without resetting it: {@link ClockPerTest} takes it back after the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupport.class)
@ExtendWith(ClockPerTest.class)
public @interface ZhiliIntegrationTest {
}
