package org.zhili.plans.internal.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.plans.TaskStatus;
import org.zhili.plans.internal.PlanScope;
import org.zhili.plans.internal.targets.TargetQueries;
import org.zhili.plans.internal.tasks.TaskQueries;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;
import org.zhili.platform.ApiProblem;

import static org.zhili.plans.internal.Values.plain;

/**
 * Plans as people read them: the list with statuses and weighted progress, and a plan's tree of sections, tasks,
 * targets and last year's results. A unit account sees the plans holding tasks its unit leads or helps with, and
 * only those tasks; district-wide accounts see everything — filtered in SQL ({@link PlanScope.Units}). Publishing
 * is {@link PlanPublishing}; tasks are read by {@link TaskQueries}, targets by {@link TargetQueries}.
 */
@Service
@Transactional
public class PlanService {

	/** A stored plan. */
	record PlanRow(long id, String title, int year, String kind, boolean published, boolean isPublic,
			String description) {
	}

	/** A stored section of a plan's outline. */
	private record SectionRow(long id, Long parent, String number, String title, int level) {
	}

	private static final String PLAN_COLUMNS = "id, title, year, kind, published, public, description";

	private final JdbcClient jdbc;
	private final PlanScope scope;
	private final TaskQueries tasks;
	private final TargetQueries targets;
	private final AuditTrail audit;

	PlanService(JdbcClient jdbc, PlanScope scope, TaskQueries tasks, TargetQueries targets, AuditTrail audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.tasks = tasks;
		this.targets = targets;
		this.audit = audit;
	}

	private static PlanRow planRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PlanRow(rs.getLong("id"), rs.getString("title"), rs.getInt("year"), rs.getString("kind"),
				rs.getBoolean("published"), rs.getBoolean("public"), rs.getString("description"));
	}

	/** The plans the actor sees, newest year first; the tasks of all of them and their statuses read at once. */
	@Transactional(readOnly = true)
	public List<PlanViews.PlanSummary> plans(Actor actor) {
		PlanScope.Units units = scope.units(actor);
		Map<Long, List<TaskSummary>> byPlan = new HashMap<>();
		tasks.summaries(tasks.visible(units, null)).values()
			.forEach(t -> byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
		return jdbc.sql("select " + PLAN_COLUMNS + " from plans.plan p where cast(:allUnits as boolean) or exists "
				+ "(select 1 from plans.task t where t.plan_id = p.id and " + PlanScope.Units.condition("t.") + ") "
				+ "order by year desc, id desc")
			.params(units.params()).query(PlanService::planRow).list().stream()
			.map(p -> summary(p, byPlan.getOrDefault(p.id(), List.of())))
			.toList();
	}

	private static PlanViews.PlanSummary summary(PlanRow p, Collection<TaskSummary> tasks) {
		Map<TaskStatus, Integer> statuses = new EnumMap<>(TaskStatus.class);
		for (TaskStatus s : TaskStatus.values()) {
			statuses.put(s, 0);
		}
		tasks.forEach(t -> statuses.merge(t.status(), 1, Integer::sum));
		return new PlanViews.PlanSummary(p.id(), p.title(), p.year(), p.kind(), p.published(), p.isPublic(),
				PlanViews.weighted(tasks), tasks.size(), statuses);
	}

	/** The outlines of the plans published and marked public (政务公开), newest year first, with all their tasks. */
	@Transactional(readOnly = true)
	public List<PlanViews.PlanTree> publicTrees() {
		return jdbc.sql("select " + PLAN_COLUMNS + " from plans.plan where published and public order by year desc, id desc")
			.query(PlanService::planRow)
			.list()
			.stream()
			.map(p -> tree(p, PlanScope.Units.ALL))
			.toList();
	}

	/** A public plan's outline with all its tasks; empty for any other plan. */
	@Transactional(readOnly = true)
	public Optional<PlanViews.PlanTree> publicTree(long planId) {
		return row(planId).filter(r -> r.published() && r.isPublic()).map(p -> tree(p, PlanScope.Units.ALL));
	}

	/** A plan's outline with the tasks the actor sees; 404 when the plan holds none of them. */
	@Transactional(readOnly = true)
	public PlanViews.PlanTree tree(long planId, Actor actor) {
		PlanRow p = row(planId).orElseThrow(() -> ApiProblem.notFound("plan_not_found", "计划不存在"));
		return tree(p, scope.units(actor));
	}

	private Optional<PlanRow> row(long planId) {
		return jdbc.sql("select " + PLAN_COLUMNS + " from plans.plan where id = :id").param("id", planId)
			.query(PlanService::planRow)
			.optional();
	}

	private PlanViews.PlanTree tree(PlanRow p, PlanScope.Units units) {
		long planId = p.id();
		List<TaskQueries.TaskRow> rows = tasks.visible(units, planId);
		if (rows.isEmpty() && !units.all()) {
			throw ApiProblem.notFound("plan_not_found", "计划不存在");
		}
		Map<Long, TaskSummary> summaries = tasks.summaries(rows);
		List<SectionRow> sections = jdbc.sql("select * from plans.section where plan_id = :p order by position")
			.param("p", planId)
			.query((rs, n) -> new SectionRow(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("number"),
					rs.getString("title"), rs.getInt("level")))
			.list();
		Map<Long, List<SectionRow>> children = new HashMap<>();
		sections.forEach(s -> children.computeIfAbsent(s.parent() == null ? 0L : s.parent(), k -> new ArrayList<>()).add(s));
		Map<Long, List<TaskSummary>> bySection = new HashMap<>();
		summaries.values().forEach(t -> bySection.computeIfAbsent(t.sectionId() == null ? 0L : t.sectionId(),
				k -> new ArrayList<>()).add(t));
		Function<Long, List<PlanViews.SectionNode>> build = new Function<>() {
			@Override
			public List<PlanViews.SectionNode> apply(Long parent) {
				List<PlanViews.SectionNode> nodes = new ArrayList<>();
				for (SectionRow s : children.getOrDefault(parent, List.of())) {
					List<PlanViews.SectionNode> sub = apply(s.id());
					List<TaskSummary> own = bySection.getOrDefault(s.id(), List.of());
					List<TaskSummary> all = new ArrayList<>(own);
					PlanViews.collect(sub, all);
					if (all.isEmpty() && !units.all()) {
						continue;
					}
					nodes.add(new PlanViews.SectionNode(s.id(), s.number(), s.title(), s.level(), PlanViews.weighted(all),
							sub, own));
				}
				return nodes;
			}
		};
		List<PlanViews.SectionNode> tree = build.apply(0L);
		List<PlanViews.Result> results = jdbc.sql("select * from plans.reported_result where plan_id = :p order by id")
			.param("p", planId)
			.query((rs, n) -> new PlanViews.Result(rs.getString("indicator"), rs.getString("comparator"),
					plain(rs.getBigDecimal("value")), rs.getString("unit"), rs.getString("qualifier"), (Integer) rs.getObject("period"),
					rs.getString("quote")))
			.list();
		return new PlanViews.PlanTree(summary(p, summaries.values()), p.description(), tree,
				bySection.getOrDefault(0L, List.of()), targets.ofPlan(planId), results);
	}

	void setPublic(long planId, Actor actor, boolean isPublic) {
		int n = jdbc.sql("update plans.plan set public = :p where id = :id").param("p", isPublic).param("id", planId).update();
		if (n == 0) {
			throw ApiProblem.notFound("plan_not_found", "计划不存在");
		}
		audit.success("plans.plan.visibility", "plan:" + planId, "public " + isPublic);
	}
}
