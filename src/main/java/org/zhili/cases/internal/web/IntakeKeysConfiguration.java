package org.zhili.cases.internal.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.cases.internal.intake.IntakeKeys;
import org.zhili.platform.IdempotencyKey;

/** Intake keeps the {@code Idempotency-Key}s of creates itself ({@link IntakeKeys}), not the platform's filter. */
@Configuration(proxyBeanMethods = false)
class IntakeKeysConfiguration {

	@Bean
	IdempotencyKey.Endpoint caseIntakeEndpoint() {
		return new IdempotencyKey.Endpoint("POST", CaseController.PATH);
	}

	@Bean
	RecurringTask<Void> intakeKeyCleanupTask(IntakeKeys keys) {
		return Tasks.recurring("intake-key-cleanup", FixedDelay.ofHours(1))
			.execute((instance, context) -> keys.forgetExpired());
	}
}
