package org.zhili.plans.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.process.Exports;

/**
 * The timelines of many suggestions at once, read from their events for an export: one query, not one per
 * suggestion. Who acted for which unit follows from the action: the supervision office registers, assigns and
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
	Map<Long, List<Exports.TimelineRow>> of(Collection<SuggestionService.Suggestion> suggestions) {
		Map<Long, List<Exports.TimelineRow>> out = new HashMap<>();
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
					.add(new Exports.TimelineRow(s.number(), rs.getTimestamp("at").toInstant(),
							ACTIONS.getOrDefault(action, action), rs.getString("by_user"), unit(action, note, s), note));
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
