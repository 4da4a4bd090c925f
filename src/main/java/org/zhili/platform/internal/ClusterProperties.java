package org.zhili.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several nodes on one database.
 *
 * @param staleEventsAfter an event a module listener was handed but has not finished after this long (its node
 *        stopped or died) is handed over again, to whichever node takes it
 * @param maxEventAttempts how often a listener that keeps failing on an event is handed it again
 */
@ConfigurationProperties("zhili.cluster")
record ClusterProperties(@DefaultValue("10m") Duration staleEventsAfter, @DefaultValue("5") int maxEventAttempts) {
}
