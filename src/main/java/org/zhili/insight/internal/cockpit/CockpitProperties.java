package org.zhili.insight.internal.cockpit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cockpit's live updates: how often each node reads the figures of the areas being watched and pushes those
 * that changed ({@code push-every}, 5 s), how many screens one node serves at once ({@code max-streams}, 200), and
 * after how long a stream ends so the browser reconnects and re-authenticates ({@code stream-timeout}, 30 min).
 */
@ConfigurationProperties("zhili.insight.cockpit")
record CockpitProperties(Duration pushEvery, Integer maxStreams, Duration streamTimeout) {

	CockpitProperties {
		pushEvery = pushEvery == null ? Duration.ofSeconds(5) : pushEvery;
		maxStreams = maxStreams == null ? 200 : maxStreams;
		streamTimeout = streamTimeout == null ? Duration.ofMinutes(30) : streamTimeout;
	}
}
