package org.zhili.plans.history;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.calendar.TimeLimit;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.ingestion.DraftPlan;
import org.zhili.plans.internal.ingestion.IngestService;
import org.zhili.plans.internal.plan.PlanPublishing;
import org.zhili.plans.internal.plan.PublishInput;
import org.zhili.plans.internal.tasks.PlanClocks;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;

/**
 * Records the past of plans as it happened, in the caller's transaction: the caller decides (who leads a task,
 * how far it got each month, which milestones were missed), this writes it as the plans module stores it. Nothing
 * is checked against the workflow of the pages: a history is taken as given.
 */
@Component
public class PlanHistories {

	/**
	 * A task as the document was read, for the caller to assign.
	 *
	 * @param index its position among the document's tasks (0 first)
	 * @param title its lead sentence
	 * @param sectionTitle the title of the heading it stands under
	 * @param text the whole paragraph
	 * @param numbered whether the document numbers it
	 */
	public record DocumentTask(int index, String title, String sectionTitle, String text, boolean numbered) {
	}

	/** Who carries a task out and by when, as the supervision office assigns it. */
	public record Assignment(String leadUnit, List<String> coUnits, String leader, LocalDate deadline,
			BigDecimal weight, List<Milestone> milestones) {
	}

	public record Milestone(LocalDate due, String deliverable) {
	}

	/** A document to publish: where it came from, its text, and the plan it becomes. */
	public record Document(String sourceName, String text, String title, int year, String kind, String description) {

		/** A document bundled on the class path. */
		public static String read(String resource) {
			try (InputStream in = PlanHistories.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is missing");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** A published task, in the plan's order. */
	public record Task(long id, String leadUnit, String title) {
	}

	/** A quantitative target of a plan. */
	public record Target(long id, String comparator, BigDecimal value, String unit) {
	}

	/**
	 * A lead unit's monthly progress report, accepted by {@code reviewedBy} at its submission or still waiting for
	 * review ({@code reviewedBy} null).
	 */
	public record ProgressReport(long taskId, String unitCode, YearMonth period, int percent, String text,
			List<String> evidence, Instant submittedAt, String submittedBy, String reviewedBy) {
	}

	/**
	 * A suggestion (DEPUTY) or proposal (CPPCC) of a session, as it stands.
	 */
	public record Suggestion(String kind, String number, String title, String content, String submitters,
			String session, LocalDate registeredAt, String state, String leadUnit, List<String> coUnits,
			LocalDate assignedAt, boolean difficult, LocalDate due, String reply, String grade, Boolean met,
			LocalDate repliedAt, Boolean onTime, String satisfaction, LocalDate feedbackAt, int redoCount,
			LocalDate closedAt) {
	}

	private final IngestService ingest;
	private final PlanPublishing publishing;
	private final PlanTime time;
	private final Supervisions supervisions;
	private final JdbcClient jdbc;

	PlanHistories(IngestService ingest, PlanPublishing publishing, PlanTime time, Supervisions supervisions,
			JdbcClient jdbc) {
		this.ingest = ingest;
		this.publishing = publishing;
		this.time = time;
		this.supervisions = supervisions;
		this.jdbc = jdbc;
	}

	/** Whether no plan exists yet. */
	public boolean none() {
		return jdbc.sql("select not exists (select 1 from plans.plan)").query(Boolean.class).single();
	}

	/** Today on the plans' calendar. */
	public LocalDate today() {
		return time.today();
	}

	/**
	 * Reads a document as the page 文件识别 does and publishes it as a plan: the tasks assigned by {@code assign},
	 * its targets for the plan's year and its reported results as actuals of the year before. Returns the plan's id.
	 */
	public long publish(Document document, Function<DocumentTask, Assignment> assign) {
		IngestService.Draft draft = ingest.ingest(document.sourceName(), document.text(), "file", null);
		DraftPlan d = draft.draft();
		int year = document.year();
		List<PublishInput.TaskIn> tasks = new ArrayList<>();
		for (int i = 0; i < d.tasks().size(); i++) {
			DraftPlan.Task t = d.tasks().get(i);
			Assignment a = assign.apply(new DocumentTask(i, t.title(), sectionTitle(d, t.section()), t.text(),
					t.number() != null));
			tasks.add(new PublishInput.TaskIn(t.key(), t.section(), t.number(), t.title(), t.text(), a.leadUnit(),
					a.coUnits(), a.leader(), a.deadline(), a.weight(),
					a.milestones().stream().map(m -> new PublishInput.MilestoneIn(m.due(), m.deliverable())).toList(),
					t.start(), t.end()));
		}
		PublishInput base = IngestService.asInput(d, document.title());
		List<PublishInput.TargetIn> targets = d.targets().stream().map(IngestService::quantity)
			.map(q -> new PublishInput.TargetIn(q.indicator(), q.comparator(), q.value(), q.upper(), q.unit(), q.qualifier(),
					year, q.main(), q.task(), q.quote(), null))
			.toList();
		List<PublishInput.TargetIn> actuals = d.actuals().stream().map(IngestService::quantity)
			.map(q -> new PublishInput.TargetIn(q.indicator(), q.comparator(), q.value(), q.upper(), q.unit(),
					q.qualifier(), year - 1, q.main(), q.task(), q.quote(), null))
			.toList();
		PublishInput in = new PublishInput(document.title(), year, document.kind(), document.description(), true,
				base.sections(), tasks, targets, actuals);
		long planId = publishing.create(in, draft.id(), "system");
		jdbc.sql("update plans.draft set plan_id = :p where id = :id").param("p", planId).param("id", draft.id()).update();
		return planId;
	}

	private static String sectionTitle(DraftPlan d, String key) {
		return d.sections().stream().filter(s -> s.key().equals(key)).map(DraftPlan.Section::title).findFirst().orElse("");
	}

	/** A plan's tasks in its order. */
	public List<Task> tasks(long planId) {
		return jdbc.sql("select id, lead_unit, title from plans.task where plan_id = :p order by position")
			.param("p", planId)
			.query((rs, n) -> new Task(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** A plan's targets. */
	public List<Target> targets(long planId) {
		return jdbc.sql("select id, comparator, value, unit from plans.target where plan_id = :p")
			.param("p", planId)
			.query((rs, n) -> new Target(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)))
			.list();
	}

	public void report(ProgressReport r) {
		jdbc.sql("""
				insert into plans.progress_report (task_id, unit_code, period, percent, text, evidence, submitted_at,
				    submitted_by, review, reviewed_by, reviewed_at)
				values (:t, :u, :p, :pc, :text, string_to_array(:ev, '|'), :at, :by, :r, :rb, :at)""")
			.param("t", r.taskId()).param("u", r.unitCode()).param("p", r.period().toString()).param("pc", r.percent())
			.param("text", r.text()).param("ev", String.join("|", r.evidence()))
			.param("at", Timestamp.from(r.submittedAt())).param("by", r.submittedBy())
			.param("r", r.reviewedBy() != null ? "ACCEPTED" : "SUBMITTED")
			.param("rb", r.reviewedBy()).update();
	}

	/** The task's milestone due on {@code due} was met on {@code doneAt}. */
	public void milestoneMet(long taskId, LocalDate due, LocalDate doneAt) {
		jdbc.sql("update plans.milestone set done_at = :done where task_id = :t and due = :due")
			.param("done", doneAt).param("t", taskId).param("due", due).update();
	}

	/** A 督办 on a task, issued at a past instant through the process kit (which may then climb and be answered). */
	public Supervisions.Supervision supervise(Task task, SupervisionLevel level, String text, TimeLimit limit,
			String by, Instant at) {
		return supervisions.issue(new Supervisions.Order(PlanClocks.LOOP, task.id(), task.title(),
				"/plans/tasks/" + task.id(), task.leadUnit(), level, text, limit), by, at);
	}

	/** A target's actual value (e.g. year to date) for a month. */
	public void actual(long targetId, YearMonth period, BigDecimal value, String note, String source, String by) {
		jdbc.sql("""
				insert into plans.actual (target_id, period, value, note, source, recorded_by)
				values (:t, :p, :v, :note, :source, :by)""")
			.param("t", targetId).param("p", period.toString()).param("v", value).param("note", note)
			.param("source", source).param("by", by).update();
	}

	/** Registers a suggestion or proposal as it stands; returns its id. */
	public long suggestion(Suggestion s) {
		return jdbc.sql("""
				insert into plans.suggestion (kind, number, title, content, submitters, session, registered_at, state,
				    lead_unit, co_units, assigned_at, difficult, due, reply, grade, met, replied_at, on_time, satisfaction,
				    feedback_at, redo_count, closed_at)
				values (:k, :n, :t, :c, :sub, :session, :r, :state, :lead, string_to_array(:co, ','), :a, :diff, :due,
				    :reply, :grade, :met, :replied, :onTime, :sat, :fb, :redo, :closed) returning id""")
			.param("k", s.kind()).param("n", s.number()).param("t", s.title()).param("c", s.content())
			.param("sub", s.submitters()).param("session", s.session()).param("r", s.registeredAt())
			.param("state", s.state()).param("lead", s.leadUnit()).param("co", String.join(",", s.coUnits()))
			.param("a", s.assignedAt()).param("diff", s.difficult()).param("due", s.due()).param("reply", s.reply())
			.param("grade", s.grade()).param("met", s.met()).param("replied", s.repliedAt()).param("onTime", s.onTime())
			.param("sat", s.satisfaction()).param("fb", s.feedbackAt()).param("redo", s.redoCount())
			.param("closed", s.closedAt()).query(Long.class).single();
	}

	/** A step in a suggestion's history (REGISTER…). */
	public void suggestionEvent(long suggestionId, Instant at, String action, String by) {
		jdbc.sql("insert into plans.suggestion_event (suggestion_id, at, action, by_user) values (:s, :at, :action, :by)")
			.param("s", suggestionId).param("at", Timestamp.from(at)).param("action", action).param("by", by).update();
	}

	/** A co-unit's opinion on a suggestion. */
	public void opinion(long suggestionId, String unitCode, String opinion, Instant at, String by) {
		jdbc.sql("""
				insert into plans.suggestion_opinion (suggestion_id, unit_code, opinion, submitted_at, submitted_by)
				values (:s, :u, :o, :at, :by)""")
			.param("s", suggestionId).param("u", unitCode).param("o", opinion).param("at", Timestamp.from(at))
			.param("by", by).update();
	}
}
