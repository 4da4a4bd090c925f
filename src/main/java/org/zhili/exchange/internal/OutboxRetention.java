package org.zhili.exchange.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sent messages are deleted once {@code zhili.events.retention} has passed (db-scheduler: hourly, once per cluster),
 * in slices so no transaction holds many rows. Pending messages are never deleted.
 */
@Configuration(proxyBeanMethods = false)
class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);
	private static final int SLICE = 10_000;

	@Bean
	RecurringTask<Void> exchangeOutboxRetentionTask(Outbox outbox, ExchangeProperties properties,
			TransactionTemplate transactions, Clock clock) {
		return Tasks.recurring("exchange-outbox-retention", Schedules.fixedDelay(Duration.ofHours(1)))
			.execute((instance, context) -> {
				var cutoff = clock.instant().minus(properties.retention());
				long deleted = 0;
				int n;
				do {
					Integer slice = transactions.execute(tx -> outbox.deleteSentBefore(cutoff, SLICE));
					n = slice == null ? 0 : slice;
					deleted += n;
				}
				while (n == SLICE);
				if (deleted > 0) {
					log.info("The exchange deleted {} messages sent before {}", deleted, cutoff);
				}
			});
	}
}
