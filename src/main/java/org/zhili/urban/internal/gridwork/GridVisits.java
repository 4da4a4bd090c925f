package org.zhili.urban.internal.gridwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnit;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Links;
import org.zhili.process.Photos;

/**
 * Visits (走访) to the ledger's households, key persons and places: planned with a due date, then done with what was
 * found; a problem found becomes a 12345 case (channel 网格巡查) in the same step, linked to the visit on the kit so
 * that both pages show it.
 */
@Service
public class GridVisits {

	public static final String LOOP = "grid-visit";

	/** A visit to plan. */
	public record NewPlan(String targetKind, Long targetId, LocalDate dueOn, String purpose, String assignee) {
	}

	/** A case to open from a visit. */
	public record OpenCase(String description, String type, String urgency) {
	}

	/**
	 * A visit made: to the planned visit {@code planId}, or to a target without a plan; with the case to open when a
	 * problem was found that others must handle.
	 */
	public record NewVisit(String targetKind, Long targetId, Long planId, Instant visitedAt, String finding,
			Boolean problem, OpenCase openCase) {
	}

	/** A visit as read (the target masked). */
	public record VisitView(long id, String gridCode, String gridName, String targetKind, String targetKindLabel,
			long targetId, String target, String address, String state, String stateLabel, String assignee,
			LocalDate dueOn, String purpose, boolean overdue, Instant visitedAt, String visitedBy, String finding,
			boolean problem, Long caseId, String caseRef) {
	}

	/** Which visits to list. */
	public record Filter(String grid, VisitState state, String assignee, LocalDate from, LocalDate to) {
	}

	private final JdbcClient jdbc;
	private final GridAccess access;
	private final GridLedger ledger;
	private final GridRosters rosters;
	private final CaseIntake intake;
	private final Links links;
	private final Photos photos;
	private final AuditTrail audit;

	GridVisits(JdbcClient jdbc, GridAccess access, GridLedger ledger, GridRosters rosters, CaseIntake intake, Links links,
			Photos photos, AuditTrail audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.ledger = ledger;
		this.rosters = rosters;
		this.intake = intake;
		this.links = links;
		this.photos = photos;
		this.audit = audit;
	}

	@Transactional
	public VisitView plan(NewPlan p, Actor actor, Instant now) {
		GridFields f = new GridFields();
		VisitTarget kind = f.choice("targetKind", p.targetKind(), VisitTarget.class, true, "走访对象类别");
		if (p.targetId() == null) {
			f.error("targetId", "请选择走访对象");
		}
		if (p.dueOn() == null) {
			f.error("dueOn", "请填写计划走访日期");
		}
		else if (p.dueOn().isBefore(access.today())) {
			f.error("dueOn", "计划走访日期不能早于今天");
		}
		String purpose = f.text("purpose", p.purpose(), false, 200, "走访事由");
		String assignee = f.text("assignee", p.assignee(), false, 100, "走访人");
		f.check();
		GridLedger.Target target = target(kind, p.targetId());
		OrgUnit grid = access.grid("targetId", target.gridCode());
		access.requireVisit(actor, grid);
		String who = assignee == null ? actor.username() : assignee;
		if (!who.equals(actor.username()) && !rosters.gridsOf(who).contains(grid.code())) {
			throw ApiProblem.badInput("assignee", "not_on_roster", who + " 不是" + grid.shortName() + "的网格员");
		}
		long id = jdbc.sql("""
				insert into urban.grid_visit (grid_code, grid_path, target_kind, target_id, household_id, state, assignee, due_on,
				  purpose, planned_by, planned_at, created_at)
				values (:g, :path, :k, :t, :h, 'PLANNED', :who, :due, :purpose, :by, :at, :at) returning id""")
			.param("g", grid.code())
			.param("path", grid.path())
			.param("k", kind.name())
			.param("t", target.id())
			.param("h", target.householdId())
			.param("who", who)
			.param("due", p.dueOn())
			.param("purpose", purpose)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		return view(row(id).orElseThrow());
	}

	@Transactional
	public VisitView record(NewVisit v, Actor actor, Instant now) {
		GridFields f = new GridFields();
		String finding = f.text("finding", v.finding(), true, 2000, "走访情况");
		Instant at = v.visitedAt() == null ? now : v.visitedAt();
		if (at.isAfter(now.plusSeconds(300))) {
			f.error("visitedAt", "走访时间不能晚于现在");
		}
		boolean problem = Boolean.TRUE.equals(v.problem()) || v.openCase() != null;
		long id;
		if (v.planId() != null) {
			f.check();
			Row plan = row(v.planId()).orElseThrow(() -> notFound());
			OrgUnit grid = access.grid("planId", plan.gridCode());
			access.requireVisit(actor, grid);
			if (!VisitState.PLANNED.name().equals(plan.state())) {
				throw ApiProblem.conflict("not_planned", "该走访计划" + VisitState.valueOf(plan.state()).label());
			}
			jdbc.sql("""
					update urban.grid_visit set state = 'DONE', visited_at = :at, visited_by = :by, finding = :f, problem = :p
					where id = :id""")
				.param("at", Timestamp.from(at))
				.param("by", actor.username())
				.param("f", finding)
				.param("p", problem)
				.param("id", plan.id())
				.update();
			id = plan.id();
		}
		else {
			VisitTarget kind = f.choice("targetKind", v.targetKind(), VisitTarget.class, true, "走访对象类别");
			if (v.targetId() == null) {
				f.error("targetId", "请选择走访对象");
			}
			f.check();
			GridLedger.Target target = target(kind, v.targetId());
			OrgUnit grid = access.grid("targetId", target.gridCode());
			access.requireVisit(actor, grid);
			id = jdbc.sql("""
					insert into urban.grid_visit (grid_code, grid_path, target_kind, target_id, household_id, state, assignee,
					  visited_at, visited_by, finding, problem, created_at)
					values (:g, :path, :k, :t, :h, 'DONE', :by, :at, :by, :f, :p, :now) returning id""")
				.param("g", grid.code())
				.param("path", grid.path())
				.param("k", kind.name())
				.param("t", target.id())
				.param("h", target.householdId())
				.param("by", actor.username())
				.param("at", Timestamp.from(at))
				.param("f", finding)
				.param("p", problem)
				.param("now", Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		if (v.openCase() != null) {
			openCase(id, v.openCase(), actor, now);
		}
		return view(row(id).orElseThrow());
	}

	/** Opens a 12345 case (channel 网格巡查) from a visit done, and links the two. */
	@Transactional
	public VisitView openCase(long id, OpenCase c, Actor actor, Instant now) {
		Row r = row(id).orElseThrow(GridVisits::notFound);
		OrgUnit grid = access.grid("id", r.gridCode());
		access.requireVisit(actor, grid);
		if (!actor.has(Permission.CASE_INTAKE)) {
			throw ApiProblem.forbidden("no_intake", "您不能登记12345工单");
		}
		if (!VisitState.DONE.name().equals(r.state())) {
			throw ApiProblem.conflict("not_done", "走访完成后才能转工单");
		}
		if (r.caseId() != null) {
			throw ApiProblem.conflict("case_opened", "该走访已转工单 " + r.caseRef());
		}
		GridFields f = new GridFields();
		String description = f.text("openCase.description", c == null ? null : c.description(), true, 1500, "工单内容");
		CaseType type = f.choice("openCase.type", c == null ? null : c.type(), CaseType.class, false, "诉求类型");
		Urgency urgency = f.choice("openCase.urgency", c == null ? null : c.urgency(), Urgency.class, false, "紧急程度");
		f.check();
		GridLedger.Target target = target(VisitTarget.valueOf(r.targetKind()), r.targetId());
		String text = "网格员走访发现（" + grid.shortName() + "，" + target.label() + "）：" + description;
		String title = "网格走访：" + (description.length() > 24 ? description.substring(0, 24) + "…" : description);
		CaseIntake.Registration registration = intake.register(new NewCase(Channel.GRID_PATROL,
				type == null ? CaseType.HELP : type, null, urgency == null ? Urgency.ORDINARY : urgency, title, text,
				target.address(), target.lng(), target.lat(), false, rosters.workerName(actor.username()).orElse(null), null,
				false, false, false, null, null, null, null), actor);
		long caseId = registration.kase().id();
		String caseRef = registration.kase().trackingNumber();
		jdbc.sql("update urban.grid_visit set case_id = :c, case_ref = :ref, problem = true where id = :id")
			.param("c", caseId)
			.param("ref", caseRef)
			.param("id", id)
			.update();
		links.link(end(r), new Links.End("case", caseId, caseRef, "/cases/" + caseId), "opened-from", "转12345工单",
				"来源：网格走访", actor.username(), now);
		return view(row(id).orElseThrow());
	}

	@Transactional
	public VisitView cancel(long id, Actor actor) {
		Row r = row(id).orElseThrow(GridVisits::notFound);
		access.requireVisit(actor, access.grid("id", r.gridCode()));
		if (!VisitState.PLANNED.name().equals(r.state())) {
			throw ApiProblem.conflict("not_planned", "只能取消待走访的计划");
		}
		jdbc.sql("update urban.grid_visit set state = 'CANCELLED' where id = :id").param("id", id).update();
		return view(row(id).orElseThrow());
	}

	@Transactional
	public Photos.Photo attach(long id, String fileName, byte[] bytes, Actor actor, Instant now) {
		Row r = row(id).orElseThrow(GridVisits::notFound);
		access.requireVisit(actor, access.grid("id", r.gridCode()));
		return photos.store(LOOP, id, null, fileName, bytes, actor.username(), now);
	}

	/** One visit, for a reader in its grid's chain; the read is audited (it names a person of the ledger). */
	public VisitView visit(long id, Actor reader) {
		Row r = row(id).orElseThrow(GridVisits::notFound);
		OrgUnit grid = access.grid("id", r.gridCode());
		access.requireRead(reader, grid);
		audit.success("urban.grid-ledger.viewed", LOOP + ":" + id, "查看" + grid.shortName() + "走访记录");
		return view(r);
	}

	/** Whether the reader may see the visit (and its photos). */
	boolean maySee(Actor reader, long id) {
		return row(id).map(r -> access.reads(reader, access.grid("id", r.gridCode()))).orElse(false);
	}

	public List<Links.Link> links(long id) {
		return links.of(LOOP, id);
	}

	public List<Photos.Photo> photos(long id) {
		return photos.of(LOOP, id);
	}

	/** Visits in the reader's chain, newest due or done first, at most {@code limit}. */
	public List<VisitView> list(Filter filter, Actor reader, int limit) {
		GridAccess.Condition visible = access.visible(reader);
		if (filter.grid() != null) {
			access.requireRead(reader, access.grid("grid", filter.grid()));
		}
		var spec = jdbc.sql("select * from urban.grid_visit where (" + visible.sql() + ")" + """
				 and (cast(:grid as varchar) is null or grid_code = :grid)
				 and (cast(:state as varchar) is null or state = :state)
				 and (cast(:assignee as varchar) is null or assignee = :assignee)
				 and (cast(:from as date) is null or coalesce(visited_at at time zone 'Asia/Shanghai', due_on) >= :from)
				 and (cast(:to as date) is null or coalesce(visited_at at time zone 'Asia/Shanghai', due_on) < cast(:to as date) + 1)
				order by coalesce(visited_at, due_on::timestamp at time zone 'Asia/Shanghai') desc, id desc limit :limit""");
		for (var e : visible.params().entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		return spec.param("grid", filter.grid())
			.param("state", filter.state() == null ? null : filter.state().name())
			.param("assignee", filter.assignee())
			.param("from", filter.from())
			.param("to", filter.to())
			.param("limit", limit)
			.query(Row.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/** The worker's visits for today: planned ones due by today (the overdue first), then those done today. */
	public List<VisitView> today(Actor worker) {
		LocalDate today = access.today();
		return jdbc.sql("""
				select * from urban.grid_visit where assignee = :who and (state = 'PLANNED' and due_on <= :today
				  or state = 'DONE' and (visited_at at time zone 'Asia/Shanghai')::date = :today)
				order by state desc, due_on, id""")
			.param("who", worker.username())
			.param("today", today)
			.query(Row.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	private GridLedger.Target target(VisitTarget kind, long id) {
		return ledger.target(kind, id)
			.orElseThrow(() -> ApiProblem.badInput("targetId", "unknown_target", "台账中没有这个" + kind.label()));
	}

	private Links.End end(Row r) {
		return new Links.End(LOOP, r.id(), "走访 " + r.id(), "/urban/visits/" + r.id());
	}

	private Optional<Row> row(long id) {
		return jdbc.sql("select * from urban.grid_visit where id = :id").param("id", id).query(Row.class).optional();
	}

	private VisitView view(Row r) {
		VisitTarget kind = VisitTarget.valueOf(r.targetKind());
		Optional<GridLedger.Target> target = ledger.target(kind, r.targetId());
		VisitState state = VisitState.valueOf(r.state());
		boolean overdue = state == VisitState.PLANNED && r.dueOn().isBefore(access.today());
		return new VisitView(r.id(), r.gridCode(), access.name(r.gridCode()), kind.name(), kind.label(), r.targetId(),
				target.map(GridLedger.Target::label).orElse(kind.label() + " " + r.targetId()),
				target.map(GridLedger.Target::address).orElse(null), state.name(), state.label(), r.assignee(), r.dueOn(),
				r.purpose(), overdue, r.visitedAt(), r.visitedBy(), r.finding(), r.problem(), r.caseId(), r.caseRef());
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("visit_not_found", "没有这条走访记录");
	}

	record Row(long id, String gridCode, String gridPath, String targetKind, long targetId, Long householdId, String state,
			String assignee, LocalDate dueOn, String purpose, String plannedBy, Instant plannedAt, Instant visitedAt,
			String visitedBy, String finding, boolean problem, Long caseId, String caseRef, Instant createdAt) {
	}

	static LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, ChinaTime.ZONE);
	}
}
