package org.zhili.platform.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Web sessions are kept in the database ({@code platform.spring_session}, Spring Session JDBC), so that every node
 * reads them: the proxy may send a browser's next request to either node, and a restarted node loses nobody's
 * sign-in. Expired sessions are deleted every minute by one node (a db-scheduler task), not by a cron on each.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

	@Bean
	RecurringTask<Void> sessionCleanupTask(JdbcIndexedSessionRepository sessions) {
		return Tasks.recurring("session-cleanup", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> sessions.cleanUpExpiredSessions());
	}
}
