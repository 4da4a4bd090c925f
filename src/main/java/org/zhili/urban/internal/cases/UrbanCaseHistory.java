package org.zhili.urban.internal.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.org.District;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Journal;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;

import static org.zhili.urban.internal.cases.UrbanCaseWorkflow.*;

/**
 * A history of urban cases recorded as it happened (the demo's year), in bulk: the case file's rows with each stage's
 * on-time flag worked out from the limits as they stand, the journal's steps, and for a case still open its current
 * stage's clock started when the stage began. No messages, no events.
 */
@Service
@Transactional
class UrbanCaseHistory implements UrbanCases {

	private final JdbcClient jdbc;
	private final UrbanCaseStore store;
	private final UrbanCaseRules rules;
	private final UrbanCatalogue catalogue;
	private final WorkingCalendar calendar;
	private final UrbanCaseClocks clocks;
	private final UrbanCaseViews views;
	private final PatrolAreas areas;
	private final Journal journal;
	private final District district;
	private final UrbanCaseHotline hotline;

	UrbanCaseHistory(JdbcClient jdbc, UrbanCaseStore store, UrbanCaseRules rules, UrbanCatalogue catalogue,
			WorkingCalendar calendar, UrbanCaseClocks clocks, UrbanCaseViews views, PatrolAreas areas, Journal journal,
			District district, UrbanCaseHotline hotline) {
		this.district = district;
		this.hotline = hotline;
		this.jdbc = jdbc;
		this.store = store;
		this.rules = rules;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clocks = clocks;
		this.views = views;
		this.areas = areas;
		this.journal = journal;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseClass> classes() {
		return catalogue.list(null).stream().filter(CatalogueClass::active)
			.map(c -> new CaseClass(c.kind().name(), c.code(), c.majorName(), c.name(), district.unitCode(c.handlerSuffix()),
					c.limitNormal(), c.limitUrgent()))
			.toList();
	}

	@Override
	public Map<String, TimeLimit> stageLimits() {
		Map<String, TimeLimit> limits = new LinkedHashMap<>();
		for (String stage : List.of(VERIFY_CLOCK, REGISTER_CLOCK, DISPATCH_CLOCK, CHECK_CLOCK, CLOSE_CLOCK)) {
			limits.put(stage, rules.stage(stage));
		}
		return limits;
	}

	@Override
	public long linkHotline(long hotlineCaseId, String by) {
		return hotline.link(hotlineCaseId, by);
	}

	@Override
	public boolean any() {
		return store.any();
	}

	@Override
	public void assignPatrolAreas(String username, List<String> areaCodes) {
		areas.assign(username, areaCodes);
	}

	@Override
	public int load(List<Past> cases, Instant timelinesSince) {
		if (cases.isEmpty()) {
			return 0;
		}
		Map<String, CatalogueClass> classes = new HashMap<>();
		catalogue.list(null).forEach(c -> classes.put(c.kind().name() + c.code(), c));
		List<Long> numbers = jdbc.sql("select nextval('urban.case_reference_seq') from generate_series(1, :n)")
			.param("n", cases.size()).query(Long.class).list();
		List<Map<String, Object>> rows = new ArrayList<>(cases.size());
		Map<String, Past> byReference = new LinkedHashMap<>();
		Map<String, State> states = new HashMap<>();
		for (int i = 0; i < cases.size(); i++) {
			Past p = cases.get(i);
			CatalogueClass c = classes.get(p.kind() + p.classCode());
			if (c == null) {
				throw new IllegalArgumentException("no class " + p.kind() + " " + p.classCode());
			}
			String reference = "CG" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE
				.format(p.reportedAt().atZone(ChinaTime.ZONE)) + "%06d".formatted(numbers.get(i));
			State state = state(p);
			byReference.put(reference, p);
			states.put(reference, state);
			rows.add(row(reference, p, c, state));
		}
		String json = json(rows);
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				insert into urban.case_file (reference, kind, class_code, component_id, urgent, description, address, lng, lat,
				    grid_code, community_code, street_code, source, reported_by, reported_at, state, verified_by, verified_at,
				    verified_on_time, valid, registered_by, registered_at, registered_on_time, dispatched_by, dispatched_at,
				    dispatched_on_time, handler_code, handled_at, handled_on_time, checked_by, checked_at, checked_on_time,
				    closed_by, closed_at, closed_on_time, reworks, misdispatches, postponed, suspended, voided, handle_limit)
				select reference, kind, class_code, component_id, urgent, description, address, lng, lat,
				    grid_code, community_code, street_code, source, reported_by, reported_at, state, verified_by, verified_at,
				    verified_on_time, valid, registered_by, registered_at, registered_on_time, dispatched_by, dispatched_at,
				    dispatched_on_time, handler_code, handled_at, handled_on_time, checked_by, checked_at, checked_on_time,
				    closed_by, closed_at, closed_on_time, reworks, misdispatches, postponed, suspended, voided, handle_limit
				from json_to_recordset(cast(:rows as json)) as x(reference varchar, kind varchar, class_code varchar,
				    component_id varchar, urgent boolean, description text, address varchar, lng double precision,
				    lat double precision, grid_code varchar, community_code varchar, street_code varchar, source varchar,
				    reported_by varchar, reported_at timestamptz, state varchar, verified_by varchar, verified_at timestamptz,
				    verified_on_time boolean, valid boolean, registered_by varchar, registered_at timestamptz,
				    registered_on_time boolean, dispatched_by varchar, dispatched_at timestamptz, dispatched_on_time boolean,
				    handler_code varchar, handled_at timestamptz, handled_on_time boolean, checked_by varchar,
				    checked_at timestamptz, checked_on_time boolean, closed_by varchar, closed_at timestamptz,
				    closed_on_time boolean, reworks int, misdispatches int, postponed boolean, suspended boolean,
				    voided boolean, handle_limit varchar)
				returning id, reference""")
			.param("rows", json)
			.query(rs -> {
				ids.put(rs.getString("reference"), rs.getLong("id"));
			});
		List<Journal.Step> steps = new ArrayList<>();
		byReference.forEach((reference, p) -> {
			long id = ids.get(reference);
			CatalogueClass c = classes.get(p.kind() + p.classCode());
			if (states.get(reference).open() || !p.reportedAt().isBefore(timelinesSince)) {
				steps(id, p, c, states.get(reference), steps);
			}
			startClock(id, p, c, states.get(reference));
		});
		journal.appendHistory(steps);
		return cases.size();
	}

	static State state(Past p) {
		if (p.voided()) {
			return State.VOIDED;
		}
		if (Boolean.FALSE.equals(p.valid())) {
			return State.NOT_VALID;
		}
		if (p.closedAt() != null) {
			return State.CLOSED;
		}
		if (p.checkedAt() != null && (p.handledAt() == null || !p.checkedAt().isBefore(p.handledAt()))) {
			return State.TO_CLOSE;
		}
		if (p.handledAt() != null) {
			return State.TO_CHECK;
		}
		if (p.dispatchedAt() != null) {
			return p.suspended() ? State.SUSPENDED : State.HANDLING;
		}
		if (p.registeredAt() != null) {
			return State.TO_DISPATCH;
		}
		if (p.source() == Source.PATROL || p.verifiedAt() != null) {
			return State.TO_REGISTER;
		}
		return State.TO_VERIFY;
	}

	private Map<String, Object> row(String reference, Past p, CatalogueClass c, State state) {
		TimeLimit handle = c.limit(p.urgent());
		Map<String, Object> row = new HashMap<>();
		row.put("reference", reference);
		row.put("kind", p.kind());
		row.put("class_code", p.classCode());
		row.put("component_id", p.componentId());
		row.put("urgent", p.urgent());
		row.put("description", p.description());
		row.put("address", p.address());
		row.put("lng", p.lng());
		row.put("lat", p.lat());
		row.put("grid_code", p.gridCode());
		row.put("community_code", p.communityCode());
		row.put("street_code", p.streetCode());
		row.put("source", p.source().name());
		row.put("reported_by", p.reportedBy());
		row.put("reported_at", text(p.reportedAt()));
		row.put("state", state.name());
		row.put("verified_by", p.verifiedBy());
		row.put("verified_at", text(p.verifiedAt()));
		row.put("verified_on_time", onTime(p.reportedAt(), p.verifiedAt(), rules.stages().verify(), false));
		row.put("valid", p.valid() != null ? p.valid() : p.registeredAt() != null ? Boolean.TRUE : null);
		row.put("registered_by", p.registeredBy());
		row.put("registered_at", text(p.registeredAt()));
		row.put("registered_on_time", onTime(p.verifiedAt() != null ? p.verifiedAt() : p.reportedAt(), p.registeredAt(),
				rules.stages().register(), false));
		row.put("dispatched_by", p.dispatchedBy());
		row.put("dispatched_at", text(p.dispatchedAt()));
		row.put("dispatched_on_time", onTime(p.registeredAt(), p.dispatchedAt(), rules.stages().dispatch(), false));
		row.put("handler_code", p.handlerCode());
		row.put("handled_at", text(p.handledAt()));
		row.put("handled_on_time", onTime(p.dispatchedAt(), p.handledAt(), handle, p.postponed()));
		row.put("checked_by", p.checkedBy());
		row.put("checked_at", text(p.checkedAt()));
		row.put("checked_on_time", onTime(p.handledAt(), p.checkedAt(), rules.stages().check(), false));
		row.put("closed_by", p.closedBy());
		row.put("closed_at", text(p.closedAt()));
		row.put("closed_on_time", onTime(p.checkedAt(), p.closedAt(), rules.stages().close(), false));
		row.put("reworks", p.reworks());
		row.put("misdispatches", p.misdispatches());
		row.put("postponed", p.postponed());
		row.put("suspended", p.suspended());
		row.put("voided", p.voided());
		row.put("handle_limit", p.dispatchedAt() == null ? null : handle.toString());
		row.values().removeIf(java.util.Objects::isNull);
		return row;
	}

	/** Whether a stage from {@code start} ended by its due instant ({@code null} when it did not run). */
	private Boolean onTime(Instant start, Instant end, TimeLimit limit, boolean extendedOnce) {
		if (start == null || end == null) {
			return null;
		}
		Instant due = calendar.deadline(start, limit).due();
		if (extendedOnce) {
			due = calendar.deadline(due, limit).due();
		}
		return !end.isAfter(due);
	}

	private void steps(long id, Past p, CatalogueClass c, State state, List<Journal.Step> out) {
		String centre = rules.centre();
		out.add(step(id, "report", p.source() == Source.PATROL ? "监督员上报" : "受理公众举报", p.reportedBy(), p.streetCode(),
				c.label() + "：" + p.description(), p.reportedAt()));
		if (p.verifiedAt() != null) {
			boolean valid = !Boolean.FALSE.equals(p.valid());
			out.add(step(id, "verify", valid ? "核实属实" : "核实不属实", p.verifiedBy(), p.streetCode(), null, p.verifiedAt()));
		}
		if (p.registeredAt() != null) {
			out.add(step(id, "register", "立案", p.registeredBy(), centre, null, p.registeredAt()));
		}
		if (p.dispatchedAt() != null) {
			out.add(step(id, "dispatch", "派遣", p.dispatchedBy(), p.handlerCode(),
					"派遣" + views.unitName(p.handlerCode()) + "，处置时限 " + c.limit(p.urgent()), p.dispatchedAt()));
		}
		if (p.handledAt() != null) {
			out.add(step(id, "feedback", "处理反馈", p.handlerCode(), p.handlerCode(), null, p.handledAt()));
		}
		if (p.checkedAt() != null) {
			out.add(step(id, "check", "核查通过", p.checkedBy(), p.handlerCode(),
					p.reworks() > 0 ? "返工 " + p.reworks() + " 次后核查通过" : null, p.checkedAt()));
		}
		if (p.closedAt() != null) {
			out.add(step(id, "close", "结案", p.closedBy(), centre, null, p.closedAt()));
		}
		if (state == State.NOT_VALID && p.verifiedAt() == null) {
			out.add(step(id, "decline", "不予立案", p.registeredBy() == null ? "zhibanzhang" : p.registeredBy(), centre,
					"不符合立案条件", p.reportedAt().plusSeconds(900)));
		}
		if (state == State.VOIDED) {
			Instant at = last(p).plusSeconds(1800);
			out.add(step(id, "approve", "批准作废", "zhibanzhang", centre, "案卷作废：重复上报", at));
		}
	}

	private static Instant last(Past p) {
		Instant at = p.reportedAt();
		for (Instant i : new Instant[] { p.verifiedAt(), p.registeredAt(), p.dispatchedAt(), p.handledAt() }) {
			if (i != null && i.isAfter(at)) {
				at = i;
			}
		}
		return at;
	}

	private void startClock(long id, Past p, CatalogueClass c, State state) {
		switch (state) {
			case TO_VERIFY -> clocks.start(id, VERIFY_CLOCK, p.reportedAt());
			case TO_REGISTER -> clocks.start(id, REGISTER_CLOCK, p.verifiedAt() != null ? p.verifiedAt() : p.reportedAt());
			case TO_DISPATCH -> clocks.start(id, DISPATCH_CLOCK, p.registeredAt());
			case HANDLING -> clocks.start(id, HANDLE_CLOCK, p.dispatchedAt(), c.limit(p.urgent()));
			case SUSPENDED -> {
				clocks.start(id, HANDLE_CLOCK, p.dispatchedAt(), c.limit(p.urgent()));
				clocks.pause(id, HANDLE_CLOCK, p.dispatchedAt());
			}
			case TO_CHECK -> clocks.start(id, CHECK_CLOCK, p.handledAt());
			case TO_CLOSE -> clocks.start(id, CLOSE_CLOCK, p.checkedAt());
			default -> {
			}
		}
	}

	private static Journal.Step step(long id, String action, String label, String actor, String unit, String note, Instant at) {
		return new Journal.Step(UrbanCases.LOOP, id, action, label, actor == null ? "system" : actor, unit, note, at);
	}

	/** The rows as a JSON array, written directly: a year's rows are many, and they hold only text, numbers and flags. */
	static String json(List<Map<String, Object>> rows) {
		StringBuilder out = new StringBuilder(rows.size() * 700).append('[');
		for (int i = 0; i < rows.size(); i++) {
			out.append(i == 0 ? "{" : ",{");
			boolean first = true;
			for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
				out.append(first ? "\"" : ",\"").append(e.getKey()).append("\":");
				first = false;
				Object v = e.getValue();
				if (v instanceof Number || v instanceof Boolean) {
					out.append(v);
				}
				else {
					quote(out, String.valueOf(v));
				}
			}
			out.append('}');
		}
		return out.append(']').toString();
	}

	private static void quote(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static String text(Instant at) {
		return at == null ? null : at.toString();
	}
}
