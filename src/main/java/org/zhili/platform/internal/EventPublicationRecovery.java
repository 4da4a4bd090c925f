package org.zhili.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.Staleness;

/**
 * Events of the module listeners (the event publication registry) are worked by the node that published them. A node
 * that stops or dies leaves some unfinished (still "published" or "processing"): nobody would hand them over again,
 * since a restart resubmits only failed ones (spring.modulith.events.republish-outstanding-events-on-restart). Once a
 * minute, on one node (a db-scheduler task), those unfinished for {@code zhili.cluster.stale-events-after} are marked
 * failed and every failed one is resubmitted: Spring Modulith marks each resubmitted before handing it over, so two
 * nodes never take the same one. (Its own staleness monitor is a per-node {@code @Scheduled} task, which zhili does
 * not run.)
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRecovery {

	@Bean
	RecurringTask<Void> eventPublicationRecoveryTask(EventPublicationRegistry registry,
			IncompleteEventPublications incomplete, ClusterProperties properties, Clock clock) {
		return Tasks.recurring("event-publication-recovery", FixedDelay.ofMinutes(1)).execute((instance, context) -> {
			registry.markStalePublicationsFailed(staleness(properties.staleEventsAfter(), clock));
			incomplete.resubmitIncompletePublications(
					(EventPublication p) -> p.getCompletionAttempts() < properties.maxEventAttempts());
		});
	}

	/**
	 * Stale once {@code after} has passed by the application's clock and by the real one: a clock set ahead (a test
	 * moving time) must not make the event a listener is working on right now look abandoned.
	 */
	static Staleness staleness(Duration after, Clock clock) {
		return status -> {
			Duration ahead = Duration.between(Instant.now(), clock.instant());
			return ahead.isNegative() ? after : after.plus(ahead);
		};
	}
}
