package org.zhili.plans.internal.suggestions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.Satisfaction;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.plans.internal.PlanScope;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.suggestions.SuggestionWorkflow.Action;
import org.zhili.plans.internal.suggestions.SuggestionWorkflow.Party;
import org.zhili.plans.internal.suggestions.SuggestionWorkflow.State;
import org.zhili.plans.internal.tasks.PlanMessage;
import org.zhili.plans.internal.tasks.TaskReminders;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Workflow;

/**
 * 人大代表建议 and 政协提案: the register, 交办 with a 3-month limit (6 when difficult, RD-1), co-units' opinions to the
 * lead unit before its reply (RD-4), the reply graded A–D (RD-6), the submitter's satisfaction (the cases module's
 * {@link Satisfaction}) and a redo within 2 months when unsatisfied (RD-2); 办复率, 满意率 and 见面率 (RD-7).
 */
@Service
@Transactional
public class SuggestionService {

	/** Months to answer after 交办, and when difficult; months to redo an answer the submitter rejected. */
	static final int MONTHS = 3, DIFFICULT_MONTHS = 6, REDO_MONTHS = 2;

	record Suggestion(long id, String kind, String kindLabel, String number, String title, String content,
			String submitters, String session, LocalDate registeredAt, String state, String stateLabel, String leadUnit,
			String leadUnitName, List<String> coUnits, LocalDate assignedAt, boolean difficult, LocalDate due,
			String reply, String grade, boolean met, LocalDate repliedAt, Boolean onTime, String satisfaction,
			String satisfactionLabel, int redoCount, boolean overdue, List<Opinion> opinions, List<Event> events, List<Action> actions) {
	}

	record Opinion(String unitCode, String unitName, String opinion, Instant submittedAt) {
	}

	record Event(Instant at, String action, String by, String note) {
	}

	/**
	 * The year's rates (percent, one decimal; null without a denominator).
	 *
	 * @param assigned suggestions assigned in the year
	 * @param repliedOnTime first answers within the limit
	 * @param rated answers with the submitter's feedback
	 * @param satisfied 满意 + 基本满意
	 */
	public record Rates(int year, String kind, long assigned, long repliedOnTime, long replied, long rated, long satisfied,
			long met, BigDecimal answerRate, BigDecimal satisfactionRate, BigDecimal meetingRate) {
	}

	record NewSuggestion(String kind, String number, String title, String content, String submitters, String session,
			LocalDate registeredAt) {
	}

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final PlanScope scope;
	private final PlanTime time;
	private final TaskReminders reminders;
	private final AuditTrail audit;
	private final SuggestionClocks clocks;

	SuggestionService(JdbcClient jdbc, OrgUnits units, PlanScope scope, PlanTime time, TaskReminders reminders,
			AuditTrail audit, SuggestionClocks clocks) {
		this.reminders = reminders;
		this.jdbc = jdbc;
		this.units = units;
		this.scope = scope;
		this.time = time;
		this.audit = audit;
		this.clocks = clocks;
	}

	long register(NewSuggestion in, Actor actor) {
		if (in.kind() == null || !Set.of("DEPUTY", "CPPCC").contains(in.kind())) {
			throw ApiProblem.badInput("kind", "invalid_kind", "类别须为 DEPUTY（人大代表建议）或 CPPCC（政协提案）");
		}
		require(in.number(), "number", 40, "编号");
		require(in.title(), "title", 200, "标题");
		require(in.content(), "content", 20000, "内容");
		require(in.submitters(), "submitters", 500, "提出人");
		require(in.session(), "session", 100, "届次");
		boolean exists = jdbc.sql("select exists (select 1 from plans.suggestion where kind = :k and session = :s and number = :n)")
			.param("k", in.kind()).param("s", in.session().strip()).param("n", in.number().strip()).query(Boolean.class).single();
		if (exists) {
			throw ApiProblem.conflict("duplicate_number", "该届次已有编号 " + in.number() + " 的" + kindLabel(in.kind()));
		}
		LocalDate registered = in.registeredAt() == null ? time.today() : in.registeredAt();
		long id = jdbc.sql("""
				insert into plans.suggestion (kind, number, title, content, submitters, session, registered_at)
				values (:k, :n, :t, :c, :sub, :s, :r) returning id""")
			.param("k", in.kind()).param("n", in.number().strip()).param("t", in.title().strip())
			.param("c", in.content().strip()).param("sub", in.submitters().strip()).param("s", in.session().strip())
			.param("r", registered).query(Long.class).single();
		event(id, "REGISTER", actor, null);
		return id;
	}

	private static void require(String value, String field, int max, String name) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + max + "字");
		}
	}

	/** 交办 (or re-assign): the limit runs from the day of assignment. */
	void assign(long id, Actor actor, String lead, List<String> co, boolean difficult) {
		Row s = row(id);
		check(Action.ASSIGN, s, actor);
		if (lead == null || units.find(lead).isEmpty()) {
			throw ApiProblem.badInput("leadUnit", "unknown_unit", "主办单位 " + lead + " 不存在");
		}
		List<String> coUnits = co == null ? List.of() : co;
		for (String c : coUnits) {
			if (units.find(c).isEmpty() || c.equals(lead)) {
				throw ApiProblem.badInput("coUnits", "unknown_unit", "协办单位 " + c + " 不存在或与主办单位相同");
			}
		}
		LocalDate today = time.today();
		jdbc.sql("""
				update plans.suggestion set state = :state, lead_unit = :l, co_units = string_to_array(:co, ','),
				    assigned_at = :d, difficult = :diff, due = :due where id = :id""")
			.param("state", SuggestionWorkflow.WORKFLOW.target(Action.ASSIGN).name()).param("l", lead).param("co", String.join(",", coUnits)).param("d", today).param("diff", difficult)
			.param("due", today.plusMonths(difficult ? DIFFICULT_MONTHS : MONTHS)).param("id", id).update();
		clocks.answerBy(id, today.plusMonths(difficult ? DIFFICULT_MONTHS : MONTHS), time.now());
		event(id, "ASSIGN", actor, scope.unitName(lead) + (difficult ? "（重点难点，6个月）" : ""));
		reminders.notice(lead, PlanMessage.SUGGESTION, id, s.title, "交办" + kindLabel(s.kind) + "：" + s.title, "suggestion-" + id + "-" + today);
	}

	void opinion(long id, Actor actor, String opinion) {
		Row s = row(id);
		check(Action.OPINION, s, actor, List.of(Workflow.Given.of(Workflow.Input.REASON, "opinion", opinion)));
		require(opinion, "opinion", 4000, "协办意见");
		String unit = s.coUnits.stream().filter(c -> scope.covers(actor, c)).findFirst().orElseThrow();
		jdbc.sql("""
				insert into plans.suggestion_opinion (suggestion_id, unit_code, opinion, submitted_at, submitted_by)
				values (:s, :u, :o, :at, :by) on conflict (suggestion_id, unit_code)
				do update set opinion = excluded.opinion, submitted_at = excluded.submitted_at""")
			.param("s", id).param("u", unit).param("o", opinion.strip()).param("at", Timestamp.from(time.now()))
			.param("by", actor.username()).update();
		event(id, "OPINION", actor, scope.unitName(unit));
	}

	/** The lead unit's answer, once every co-unit has given its opinion. */
	void reply(long id, Actor actor, String reply, String grade, Boolean met) {
		Row s = row(id);
		check(Action.REPLY, s, actor, List.of(Workflow.Given.of(Workflow.Input.REASON, "reply", reply),
				Workflow.Given.of(Workflow.Input.RESULT, "grade", grade)));
		require(reply, "reply", 20000, "答复");
		if (grade == null || !Set.of("A", "B", "C", "D").contains(grade)) {
			throw ApiProblem.badInput("grade", "invalid_grade", "办理结果分类须为 A（已解决）、B（正在解决）、C（列入规划）或 D（留作参考）");
		}
		List<String> given = jdbc.sql("select unit_code from plans.suggestion_opinion where suggestion_id = :s")
			.param("s", id).query(String.class).list();
		List<String> missing = s.coUnits.stream().filter(c -> !given.contains(c)).map(scope::unitName).toList();
		if (!missing.isEmpty()) {
			throw ApiProblem.conflict("opinions_missing", "协办单位尚未提交意见：" + String.join("、", missing));
		}
		LocalDate today = time.today();
		jdbc.sql("""
				update plans.suggestion set state = :state, reply = :r, grade = :g, met = met or :met, replied_at = :d,
				    on_time = coalesce(on_time, :onTime) where id = :id""")
			.param("state", SuggestionWorkflow.WORKFLOW.target(Action.REPLY).name()).param("r", reply.strip()).param("g", grade).param("met", Boolean.TRUE.equals(met)).param("d", today)
			.param("onTime", !today.isAfter(s.due)).param("id", id).update();
		clocks.answered(id, time.now());
		event(id, "REPLY", actor, grade + "类");
	}

	/** The submitter's feedback; unsatisfied sends the suggestion back to the lead unit for 2 months. */
	void feedback(long id, Actor actor, String satisfaction) {
		Row s = row(id);
		check(Action.FEEDBACK, s, actor, List.of(Workflow.Given.of(Workflow.Input.RESULT, "satisfaction", satisfaction)));
		Satisfaction rating;
		try {
			rating = Satisfaction.valueOf(satisfaction == null ? "" : satisfaction);
		}
		catch (IllegalArgumentException e) {
			rating = null;
		}
		if (rating == null || rating == Satisfaction.UNRATED) {
			throw ApiProblem.badInput("satisfaction", "invalid_satisfaction", "满意度须为 SATISFIED、BASICALLY_SATISFIED 或 UNSATISFIED");
		}
		LocalDate today = time.today();
		if (rating == Satisfaction.UNSATISFIED) {
			jdbc.sql("""
					update plans.suggestion set state = :state, satisfaction = :s, feedback_at = :d, redo_count = redo_count + 1,
					    due = :due where id = :id""")
				.param("state", State.ASSIGNED.name()).param("s", rating.name()).param("d", today).param("due", today.plusMonths(REDO_MONTHS)).param("id", id).update();
			clocks.answerBy(id, today.plusMonths(REDO_MONTHS), time.now());
			event(id, "REDO", actor, "不满意，重新办理");
			reminders.notice(s.leadUnit, PlanMessage.SUGGESTION, id, s.title, "不满意，重新办理：" + s.title, "suggestion-redo-" + id + "-" + today);
		}
		else {
			jdbc.sql("update plans.suggestion set state = :state, satisfaction = :s, feedback_at = :d, closed_at = :d where id = :id")
				.param("state", State.CLOSED.name()).param("s", rating.name()).param("d", today).param("id", id).update();
			event(id, "FEEDBACK", actor, rating.label());
		}
	}

	/** The answer clock warned or ran out: the lead unit is told, if the suggestion still waits for its answer. */
	void answerClock(long id, boolean overdue) {
		Row s = row(id);
		if (SuggestionWorkflow.State.valueOf(s.state) != SuggestionWorkflow.State.ASSIGNED || s.leadUnit == null) {
			return;
		}
		reminders.notice(s.leadUnit, PlanMessage.SUGGESTION, id, s.title, (overdue ? "答复已超期：" : "答复时限将到（" + s.due + "）：")
				+ s.title, "suggestion-" + (overdue ? "overdue-" : "warn-") + id + "-" + s.due);
	}

	private void check(Action action, Row s, Actor actor) {
		Set<Party> parties = parties(s, actor);
		if (parties.isEmpty() && !scope.seesAll(actor)) {
			throw ApiProblem.notFound("suggestion_not_found", "建议提案不存在");
		}
		SuggestionWorkflow.WORKFLOW.check(action, new SuggestionWorkflow.Facts(State.valueOf(s.state)), parties);
	}

	/** Checks the action, then that it came with what the table says it needs. */
	private void check(Action action, Row s, Actor actor, List<Workflow.Given> given) {
		check(action, s, actor);
		SuggestionWorkflow.WORKFLOW.checkInputs(action, given);
	}

	private Set<Party> parties(Row s, Actor actor) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		if (actor.has(Permission.PLAN_MANAGE)) {
			parties.add(Party.OFFICE);
		}
		if (actor.has(Permission.PLAN_REPORT)) {
			if (s.leadUnit != null && scope.covers(actor, s.leadUnit)) {
				parties.add(Party.LEAD_UNIT);
			}
			if (s.coUnits.stream().anyMatch(c -> scope.covers(actor, c))) {
				parties.add(Party.CO_UNIT);
			}
		}
		return parties;
	}

	private record Row(long id, String kind, String title, String state, String leadUnit, List<String> coUnits,
			LocalDate due) {
	}

	private Row row(long id) {
		return jdbc.sql("select * from plans.suggestion where id = :id for update").param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("state"),
					rs.getString("lead_unit"), array(rs.getArray("co_units")), rs.getObject("due", LocalDate.class)))
			.optional().orElseThrow(() -> ApiProblem.notFound("suggestion_not_found", "建议提案不存在"));
	}

	private static List<String> array(Array a) throws java.sql.SQLException {
		return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
	}

	private void event(long id, String action, Actor actor, String note) {
		jdbc.sql("insert into plans.suggestion_event (suggestion_id, at, action, by_user, note) values (:s, :at, :a, :by, :n)")
			.param("s", id).param("at", Timestamp.from(time.now())).param("a", action)
			.param("by", actor == null ? "system" : actor.username()).param("n", note).update();
		if (actor != null && action.equals("ASSIGN")) {
			audit.success("plans.suggestion.assigned", "suggestion:" + id, note);
		}
	}

	static String kindLabel(String kind) {
		return "DEPUTY".equals(kind) ? "人大代表建议" : "政协提案";
	}

	// ---- reading -------------------------------------------------------------------------------------

	/**
	 * The register: the office sees all; a unit the ones it leads or helps with (with the right to report). One
	 * query for the whole list, filtered by the account's scope in its {@code where} clause.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> list(Actor actor, Integer year, String kind) {
		LocalDate today = time.today();
		PlanScope.Units seen = scope.units(actor);
		if (!seen.all() && !actor.has(Permission.PLAN_REPORT)) {
			seen = PlanScope.Units.NONE; // a unit takes part in suggestions only with the right to report
		}
		return jdbc.sql("""
				select * from plans.suggestion where (cast(:y as int) is null or extract(year from registered_at) = :y)
				and (cast(:k as text) is null or kind = :k) and %s
				order by registered_at desc, kind, number""".formatted(PlanScope.Units.condition("")))
			.param("y", year).param("k", kind).params(seen.params()).query((rs, n) -> suggestion(rs, today)).list();
	}

	@Transactional(readOnly = true)
	public Suggestion get(long id, Actor actor) {
		LocalDate today = time.today();
		Suggestion s = jdbc.sql("select * from plans.suggestion where id = :id").param("id", id)
			.query((rs, n) -> suggestion(rs, today)).optional().orElse(null);
		Set<Party> parties = s == null ? null : visibleParties(s, actor);
		if (parties == null) {
			throw ApiProblem.notFound("suggestion_not_found", "建议提案不存在");
		}
		List<Opinion> opinions = jdbc.sql("select * from plans.suggestion_opinion where suggestion_id = :s order by submitted_at")
			.param("s", id).query((rs, n) -> new Opinion(rs.getString("unit_code"), scope.unitName(rs.getString("unit_code")),
					rs.getString("opinion"), rs.getTimestamp("submitted_at").toInstant())).list();
		List<Event> events = jdbc.sql("select * from plans.suggestion_event where suggestion_id = :s order by at, id")
			.param("s", id).query((rs, n) -> new Event(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getString("by_user"), rs.getString("note"))).list();
		return new Suggestion(s.id(), s.kind(), s.kindLabel(), s.number(), s.title(), s.content(), s.submitters(),
				s.session(), s.registeredAt(), s.state(), s.stateLabel(), s.leadUnit(), s.leadUnitName(), s.coUnits(),
				s.assignedAt(), s.difficult(), s.due(), s.reply(), s.grade(), s.met(), s.repliedAt(), s.onTime(),
				s.satisfaction(), s.satisfactionLabel(), s.redoCount(), s.overdue(), opinions, events,
				List.copyOf(SuggestionWorkflow.WORKFLOW.allowed(new SuggestionWorkflow.Facts(State.valueOf(s.state())), parties)));
	}

	/** A suggestion as the register lists it: without opinions, events and actions. */
	private Suggestion suggestion(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
		String state = rs.getString("state");
		LocalDate due = rs.getObject("due", LocalDate.class);
		List<String> co = array(rs.getArray("co_units"));
		String lead = rs.getString("lead_unit");
		return new Suggestion(rs.getLong("id"), rs.getString("kind"), kindLabel(rs.getString("kind")),
				rs.getString("number"), rs.getString("title"), rs.getString("content"), rs.getString("submitters"),
				rs.getString("session"), rs.getObject("registered_at", LocalDate.class), state,
				State.valueOf(state).label(), lead, scope.unitName(lead), co, rs.getObject("assigned_at", LocalDate.class),
				rs.getBoolean("difficult"), due, rs.getString("reply"), rs.getString("grade"), rs.getBoolean("met"),
				rs.getObject("replied_at", LocalDate.class), (Boolean) rs.getObject("on_time"),
				rs.getString("satisfaction"), rs.getString("satisfaction") == null ? null
						: Satisfaction.valueOf(rs.getString("satisfaction")).label(), rs.getInt("redo_count"),
				State.valueOf(state) == State.ASSIGNED && due != null && today.isAfter(due), List.of(), List.of(), List.of());
	}

	/** The actor's parties to the suggestion, or {@code null} when the actor may not see it. */
	private Set<Party> visibleParties(Suggestion s, Actor actor) {
		Set<Party> parties = parties(new Row(s.id(), s.kind(), s.title(), s.state(), s.leadUnit(), s.coUnits(), s.due()), actor);
		return scope.seesAll(actor) || parties.contains(Party.LEAD_UNIT) || parties.contains(Party.CO_UNIT) ? parties : null;
	}

	/** The counts the year's rates are made of. */
	private record Counts(long assigned, long onTime, long replied, long rated, long satisfied, long met) {
	}

	/** 办复率 = first answers on time / assigned; 满意率 = (满意 + 基本满意) / rated; 见面率 = met / answered. */
	@Transactional(readOnly = true)
	public Rates rates(int year, String kind) {
		Counts c = jdbc.sql("""
				select count(*) filter (where assigned_at is not null) as assigned,
				       count(*) filter (where on_time) as on_time,
				       count(*) filter (where replied_at is not null) as replied,
				       count(*) filter (where satisfaction is not null) as rated,
				       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
				       count(*) filter (where met and replied_at is not null) as met
				from plans.suggestion where extract(year from coalesce(assigned_at, registered_at)) = :y
				and (cast(:k as text) is null or kind = :k)""")
			.param("y", year).param("k", kind)
			.query((rs, n) -> new Counts(rs.getLong("assigned"), rs.getLong("on_time"), rs.getLong("replied"),
					rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("met")))
			.single();
		return new Rates(year, kind, c.assigned(), c.onTime(), c.replied(), c.rated(), c.satisfied(), c.met(),
				rate(c.onTime(), c.assigned()), rate(c.satisfied(), c.rated()), rate(c.met(), c.replied()));
	}

	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
