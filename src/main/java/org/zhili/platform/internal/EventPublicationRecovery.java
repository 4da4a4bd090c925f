package org.zhili.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Events of the module listeners (the event publication registry) are worked by the node that published them. A node
 * that stops or dies leaves some unfinished (still "published" or "processing"): nobody would hand them over again,
 * since a restart resubmits only failed ones (spring.modulith.events.republish-outstanding-events-on-restart). Once a
 * minute, on one node (a db-scheduler task), those unfinished for {@code zhili.cluster.stale-events-after} are marked
 * failed and the failed ones are resubmitted: Spring Modulith marks each resubmitted before handing it over, so two
 * nodes never take the same one.
 * <p>
 * Bounded whatever the backlog: the stale ones are marked by one statement, at most {@value #BATCH} a run, and
 * resubmitted in batches (Spring Modulith's own staleness check reads every publication of a state into memory: at a
 * flood of 300 cases/s its backlog filled a 512 MB heap). Its monitor is a per-node {@code @Scheduled} task, which
 * zhili does not run.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRecovery {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationRecovery.class);

	static final int BATCH = 1000;

	@Bean
	RecurringTask<Void> eventPublicationRecoveryTask(JdbcClient jdbc, IncompleteEventPublications incomplete,
			ClusterProperties properties, Clock clock) {
		return Tasks.recurring("event-publication-recovery", FixedDelay.ofMinutes(1)).execute((instance, context) -> {
			int stale = jdbc.sql("""
					update event_publication set status = 'FAILED' where id in (
					  select id from event_publication
					  where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
					    and coalesce(last_resubmission_date, publication_date) < :before
					  limit :batch)""")
				.param("before", Timestamp.from(staleBefore(properties.staleEventsAfter(), clock)))
				.param("batch", BATCH)
				.update();
			if (stale > 0) {
				log.warn("{} event publications unfinished for {} (their node stopped?) are handed over again", stale,
						properties.staleEventsAfter());
			}
			incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
				.withBatchSize(BATCH)
				.withFilter((EventPublication p) -> p.getCompletionAttempts() < properties.maxEventAttempts()));
		});
	}

	/**
	 * Unfinished since before this instant: {@code after} ago by the application's clock and by the real one, so that a
	 * clock set ahead (a test moving time) does not make the event a listener is working on right now look abandoned.
	 */
	static Instant staleBefore(Duration after, Clock clock) {
		Instant now = Instant.now();
		Instant application = clock.instant();
		return (application.isBefore(now) ? application : now).minus(after);
	}
}
