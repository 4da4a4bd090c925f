package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.ZhiliIntegrationTest;

/**
 * An event a stopped node left "processing" is marked failed once it has been unfinished for
 * zhili.cluster.stale-events-after (so that it is handed over again), while one just published is left to its node.
 */
@ZhiliIntegrationTest
class EventPublicationRecoveryIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("eventPublicationRecoveryTask")
	RecurringTask<Void> recovery;

	@Test
	void anEventLeftUnfinishedByAStoppedNodeIsHandedOverAndAFreshOneIsNot() {
		UUID abandoned = publication(Instant.now().minusSeconds(3600));
		UUID fresh = publication(Instant.now());
		try {
			recovery.execute(null, null);
			assertThat(status(abandoned)).as("unfinished for an hour").isEqualTo("FAILED");
			assertThat(status(fresh)).as("just published").isEqualTo("PROCESSING");
		}
		finally {
			jdbc.sql("delete from event_publication where id in (:a, :b)").param("a", abandoned).param("b", fresh).update();
		}
	}

	/** A publication some node is processing; tried so often already that it is not resubmitted to a listener. */
	private UUID publication(Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts) values (:id, 'cluster-test', 'java.lang.String', '"drill"', :at, 'PROCESSING', 99)""")
			.param("id", id).param("at", Timestamp.from(at)).update();
		return id;
	}

	private String status(UUID id) {
		return jdbc.sql("select status from event_publication where id = :id").param("id", id).query(String.class).single();
	}
}
