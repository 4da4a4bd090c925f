package org.zhili.plans.internal.suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.process.TimelineEntry;

/**
 * Suggestions' timelines in the process kit's shape, read from their events: one query for many suggestions (an
 * export), or for one (its timeline API). Who acted for which unit follows from the action: the supervision office registers, assigns and
 * records feedback; the lead unit replies; a co-unit gives its opinion.
 */
@Component
class SuggestionTimeline {

	private static final Map<String, String> ACTIONS = Map.of("REGISTER", "登记", "ASSIGN", "交办", "OPINION", "协办意见",
			"REPLY", "答复", "REDO", "重新办理", "FEEDBACK", "反馈");

	private static final String OFFICE = "督查室";

	private final JdbcClient jdbc;

	SuggestionTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each suggestion's timeline rows in time order, by suggestion id. */
	@Transactional(readOnly = true)
	Map<Long, List<TimelineEntry>> of(Collection<SuggestionService.Suggestion> suggestions) {
		Map<Long, List<TimelineEntry>> out = new HashMap<>();
		if (suggestions.isEmpty()) {
			return out;
		}
		Map<Long, SuggestionService.Suggestion> byId = new HashMap<>();
		suggestions.forEach(s -> byId.put(s.id(), s));
		jdbc.sql("""
				select suggestion_id, at, action, by_user, note from plans.suggestion_event
				where suggestion_id in (:ids) order by suggestion_id, at, id""")
			.param("ids", List.copyOf(byId.keySet()))
			.query(rs -> {
				SuggestionService.Suggestion s = byId.get(rs.getLong("suggestion_id"));
				String action = rs.getString("action");
				String note = rs.getString("note");
				out.computeIfAbsent(s.id(), k -> new ArrayList<>())
					.add(new TimelineEntry(rs.getTimestamp("at").toInstant(), action.toLowerCase(Locale.ROOT),
							ACTIONS.getOrDefault(action, action), rs.getString("by_user"),
							"REPLY".equals(action) ? s.leadUnit() : null, unit(action, note, s), note, null));
			});
		return out;
	}

	private static String unit(String action, String note, SuggestionService.Suggestion s) {
		return switch (action) {
			case "REPLY" -> s.leadUnitName();
			case "OPINION" -> note;
			case "REGISTER", "ASSIGN", "REDO", "FEEDBACK" -> OFFICE;
			default -> null;
		};
	}
}
