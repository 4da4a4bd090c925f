package org.zhili.process.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhili.calendar.TimeLimit;
import org.zhili.process.SupervisionLevel;

/**
 * 督办 as data ({@code zhili.process.supervision}): what each level is called, how long a unit has to answer at
 * each level, and the ladder an unanswered 督办 climbs — by default and per loop. A loop's settings override the
 * defaults level by level.
 *
 * @param office the supervision office, told of every escalation
 */
@ConfigurationProperties("zhili.process.supervision")
record SupervisionRules(String office, @DefaultValue Map<SupervisionLevel, String> labels, @DefaultValue Ladder defaults,
		@DefaultValue Map<String, Ladder> loops) {

	/**
	 * @param reply the time a unit has to answer, by level
	 * @param ladder the levels in the order an unanswered 督办 climbs them
	 * @param labels the loop's own names of levels
	 */
	record Ladder(@DefaultValue Map<SupervisionLevel, TimeLimit> reply, @DefaultValue List<SupervisionLevel> ladder,
			@DefaultValue Map<SupervisionLevel, String> labels) {
	}

	SupervisionRules {
		if (office == null || office.isBlank()) {
			throw new IllegalArgumentException("zhili.process.supervision.office must name the supervision office's unit");
		}
		for (SupervisionLevel level : SupervisionLevel.values()) {
			if (!defaults.reply().containsKey(level)) {
				throw new IllegalArgumentException("zhili.process.supervision.defaults.reply has no limit for " + level);
			}
		}
	}

	String label(String loop, SupervisionLevel level) {
		Ladder own = loops.get(loop);
		if (own != null && own.labels().containsKey(level)) {
			return own.labels().get(level);
		}
		return labels.getOrDefault(level, level.label());
	}

	TimeLimit reply(String loop, SupervisionLevel level) {
		Ladder own = loops.get(loop);
		return own != null && own.reply().containsKey(level) ? own.reply().get(level) : defaults.reply().get(level);
	}

	/** The level an unanswered 督办 climbs to, or {@code null} at the top (or off the ladder). */
	SupervisionLevel next(String loop, SupervisionLevel level) {
		Ladder own = loops.get(loop);
		List<SupervisionLevel> ladder = own != null && !own.ladder().isEmpty() ? own.ladder() : defaults.ladder();
		int at = ladder.indexOf(level);
		if (at < 0) {
			// Off the ladder (a reminder): the first rung above it.
			return ladder.stream().filter(l -> l.compareTo(level) > 0).findFirst().orElse(null);
		}
		return at + 1 < ladder.size() ? ladder.get(at + 1) : null;
	}

	/** Every level with the loop's name for it, in rising order (for forms). */
	Map<SupervisionLevel, String> labels(String loop) {
		Map<SupervisionLevel, String> all = new EnumMap<>(SupervisionLevel.class);
		for (SupervisionLevel level : SupervisionLevel.values()) {
			all.put(level, label(loop, level));
		}
		return all;
	}
}
