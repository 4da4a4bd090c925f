package org.zhili.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.process.ClockLight;
import org.zhili.process.Journal;
import org.zhili.process.StepRecorded;
import org.zhili.process.TimelineEntry;

/**
 * The 全过程记录 in {@code process.journal_step}. Each step keeps the light its item's clock showed at the step's
 * time, taken when it is appended: a later extension or restart of the clock does not rewrite history.
 */
@Repository
@Transactional
class JournalStore implements Journal {

	private static final String COLUMNS = "id, item_id, action, action_label, actor, unit_code, note, at, clock_state";

	private final JdbcClient jdbc;
	private final ClockStore clocks;
	private final OrgUnits units;
	private final ApplicationEventPublisher events;

	JournalStore(JdbcClient jdbc, ClockStore clocks, OrgUnits units, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.units = units;
		this.events = events;
	}

	@Override
	public long append(Step step) {
		Objects.requireNonNull(step.loop(), "a step's loop");
		Objects.requireNonNull(step.action(), "a step's action");
		Objects.requireNonNull(step.actionLabel(), "a step's action label");
		Objects.requireNonNull(step.actor(), "a step's actor");
		Objects.requireNonNull(step.at(), "a step's time");
		ClockLight light = clocks.lightAt(step.loop(), step.itemId(), step.at()).orElse(null);
		long id = jdbc.sql("""
				insert into process.journal_step (loop, item_id, action, action_label, actor, unit_code, note, at, clock_state)
				values (:loop, :item, :action, :label, :actor, :unit, :note, :at, :light) returning id""")
			.param("loop", step.loop())
			.param("item", step.itemId())
			.param("action", step.action())
			.param("label", step.actionLabel())
			.param("actor", step.actor())
			.param("unit", step.unitCode())
			.param("note", step.note())
			.param("at", Timestamp.from(step.at()))
			.param("light", light == null ? null : light.name())
			.query(Long.class)
			.single();
		events.publishEvent(new StepRecorded(step.loop(), step.itemId(), step.action(), step.unitCode(), step.at()));
		return id;
	}

	/** One statement however many steps: they travel as one JSON array. */
	@Override
	public void appendHistory(Collection<Step> steps) {
		if (steps.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>(steps.size());
		for (Step s : steps) {
			// keys left out when empty: the JSON is read once, and a history has many steps
			Map<String, Object> row = new HashMap<>();
			row.put("loop", Objects.requireNonNull(s.loop(), "a step's loop"));
			row.put("item_id", s.itemId());
			row.put("action", Objects.requireNonNull(s.action(), "a step's action"));
			row.put("action_label", Objects.requireNonNull(s.actionLabel(), "a step's action label"));
			row.put("actor", Objects.requireNonNull(s.actor(), "a step's actor"));
			if (s.unitCode() != null) {
				row.put("unit_code", s.unitCode());
			}
			if (s.note() != null) {
				row.put("note", s.note());
			}
			row.put("at", Objects.requireNonNull(s.at(), "a step's time").toString());
			rows.add(row);
		}
		jdbc.sql("""
				insert into process.journal_step (loop, item_id, action, action_label, actor, unit_code, note, at)
				select loop, item_id, action, action_label, actor, unit_code, note, at
				from json_to_recordset(cast(:rows as json)) as x(loop varchar, item_id bigint, action varchar,
				    action_label varchar, actor varchar, unit_code varchar, note text, at timestamptz)""")
			.param("rows", HISTORY_JSON.writeValueAsString(rows))
			.update();
	}

	private static final tools.jackson.databind.json.JsonMapper HISTORY_JSON = new tools.jackson.databind.json.JsonMapper();

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(String loop, long itemId) {
		return timelines(loop, List.of(itemId)).get(itemId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<TimelineEntry>> timelines(String loop, Collection<Long> itemIds) {
		Map<Long, List<TimelineEntry>> timelines = new LinkedHashMap<>();
		itemIds.forEach(id -> timelines.put(id, new ArrayList<>()));
		if (itemIds.isEmpty()) {
			return timelines;
		}
		Map<String, String> names = new HashMap<>();
		// one parameter however many items (an export's): the ids travel as one array
		jdbc.sql("select " + COLUMNS + " from process.journal_step "
				+ "where loop = :loop and item_id = any(string_to_array(:items, ',')::bigint[]) order by item_id, at, id")
			.param("loop", loop)
			.param("items", itemIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.query(rs -> {
				timelines.get(rs.getLong("item_id")).add(entry(rs, names));
			});
		timelines.replaceAll((id, entries) -> List.copyOf(entries));
		return timelines;
	}

	private TimelineEntry entry(ResultSet rs, Map<String, String> names) throws SQLException {
		String unit = rs.getString("unit_code");
		String light = rs.getString("clock_state");
		return new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"), rs.getString("action_label"),
				rs.getString("actor"), unit, unit == null ? null : names.computeIfAbsent(unit, this::unitName),
				rs.getString("note"), light == null ? null : ClockLight.valueOf(light).label());
	}

	/** The unit's name as timelines show it, or its code when the directory no longer knows it. */
	private String unitName(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
