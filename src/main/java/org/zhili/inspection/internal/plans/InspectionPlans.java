package org.zhili.inspection.internal.plans;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Matters;
import org.zhili.inspection.NewTask;
import org.zhili.inspection.internal.DistrictWide;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/**
 * Departments' yearly 抽查计划 and their tasks: a plan belongs to one department, a task may join others (跨部门联合抽查);
 * every task names matters of the 抽查事项清单 (no inspection without a legal basis) and ratios within the rules.
 */
@Service
public class InspectionPlans {

	private final PlanStore store;
	private final Matters matters;
	private final OrgUnits units;
	private final InspectionRules rules;
	private final AuditTrail audit;
	private final Clock clock;
	private final DistrictWide districtWide;

	InspectionPlans(PlanStore store, Matters matters, OrgUnits units, InspectionRules rules, AuditTrail audit, Clock clock,
			DistrictWide districtWide) {
		this.store = store;
		this.matters = matters;
		this.units = units;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
		this.districtWide = districtWide;
	}

	@Transactional
	public InspectionPlan createPlan(int year, String name, Actor actor) {
		String department = ownDepartment(actor);
		if (year < 2000 || year > 2100) {
			throw ApiProblem.badInput("year", "invalid_year", "年份须在2000至2100之间");
		}
		if (name == null || name.isBlank() || name.length() > 200) {
			throw ApiProblem.badInput("name", "invalid_name", "请填写计划名称（200字以内）");
		}
		long id = store.insertPlan(year, department, name.strip(), clock.instant(), actor.username());
		if (id < 0) {
			throw ApiProblem.conflict("duplicate_plan", "本部门" + year + "年已有同名计划：" + name.strip());
		}
		audit.success("inspection.plan.created", "inspection-plan:" + id, year + " " + name.strip());
		return store.plan(id).orElseThrow();
	}

	@Transactional
	public InspectionTask addTask(long planId, NewTask in, Actor actor) {
		InspectionPlan plan = plan(planId, actor);
		if (!plan.departmentCode().equals(actor.scope().unitCode())) {
			throw ApiProblem.forbidden("not_your_department", "只能为本部门的计划添加任务");
		}
		NewTask task = complete(in, plan);
		long id = store.insertTask(planId, task, clock.instant(), actor.username());
		audit.success("inspection.task.created", "inspection-task:" + id, "plan " + planId + ": " + task.name());
		return store.task(id).orElseThrow();
	}

	public InspectionPlan plan(long id, Actor reader) {
		InspectionPlan plan = store.plan(id).orElseThrow(() -> ApiProblem.notFound("plan_not_found", "没有这个抽查计划"));
		if (!mayReadAll(reader) && !plan.departmentCode().equals(reader.scope().unitCode())
				&& store.tasks(id).stream().noneMatch(t -> t.involves(reader.scope().unitCode()))) {
			throw ApiProblem.notFound("plan_not_found", "没有这个抽查计划");
		}
		return plan;
	}

	public boolean none() {
		return store.none();
	}

	public List<InspectionPlan> plans(Integer year, Actor reader) {
		return store.plans(year, mayReadAll(reader) ? null : reader.scope().unitCode());
	}

	public List<InspectionTask> tasks(long planId, Actor reader) {
		plan(planId, reader);
		return store.tasks(planId);
	}

	/** A task, if the reader may see it: its departments, and the district-wide offices. */
	public InspectionTask task(long id, Actor reader) {
		InspectionTask task = store.task(id).orElseThrow(() -> ApiProblem.notFound("task_not_found", "没有这个抽查任务"));
		if (!mayReadAll(reader) && !task.involves(reader.scope().unitCode())) {
			throw ApiProblem.notFound("task_not_found", "没有这个抽查任务");
		}
		return task;
	}

	/** For system work (the draw, the demo): a task whatever the reader. */
	public InspectionTask task(long id) {
		return store.task(id).orElseThrow(() -> ApiProblem.notFound("task_not_found", "没有这个抽查任务"));
	}

	public List<InspectionTask> tasksOf(int year, Actor reader) {
		return store.tasksOf(year, mayReadAll(reader) ? null : reader.scope().unitCode());
	}

	/** The district-wide offices (supervision, leaders) read every department's plans. */
	public boolean mayReadAll(Actor reader) {
		return districtWide.reads(reader);
	}

	private String ownDepartment(Actor actor) {
		return units.find(actor.scope().unitCode()).filter(u -> u.level() == UnitLevel.DEPARTMENT).map(OrgUnit::code)
			.orElseThrow(() -> ApiProblem.forbidden("not_a_department", "抽查计划由执法部门制定，请使用部门账号"));
	}

	private NewTask complete(NewTask in, InspectionPlan plan) {
		if (in.name() == null || in.name().isBlank() || in.name().length() > 200) {
			throw ApiProblem.badInput("name", "invalid_name", "请填写任务名称（200字以内）");
		}
		Set<String> departments = new LinkedHashSet<>();
		departments.add(plan.departmentCode());
		for (String joint : in.jointDepartments()) {
			if (units.find(joint).filter(u -> u.level() == UnitLevel.DEPARTMENT).isEmpty()) {
				throw ApiProblem.badInput("jointDepartments", "unknown_department", "联合抽查部门不存在：" + joint);
			}
			departments.add(joint);
		}
		if (in.matterIds().isEmpty()) {
			throw ApiProblem.badInput("matterIds", "matters_required", "请从随机抽查事项清单中选择至少一个检查事项");
		}
		boolean anyKey = false;
		for (long matterId : in.matterIds()) {
			Matters.Matter matter = matters.find(matterId)
				.orElseThrow(() -> ApiProblem.badInput("matterIds", "unknown_matter", "抽查事项清单中没有事项 " + matterId));
			if (!departments.contains(matter.departmentCode())) {
				throw ApiProblem.badInput("matterIds", "matter_of_other_department",
						"事项“" + matter.name() + "”属于" + matter.departmentName() + "，不在本任务的参与部门之内");
			}
			anyKey |= matter.keyMatter();
		}
		Map<CreditClass, BigDecimal> ratios = new EnumMap<>(rules.defaultRatios());
		ratios.putAll(in.ratios());
		for (Map.Entry<CreditClass, BigDecimal> r : ratios.entrySet()) {
			BigDecimal ratio = r.getValue();
			if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0 || ratio.scale() > 2) {
				throw ApiProblem.badInput("ratios", "invalid_ratio", r.getKey() + "类抽查比例须在0至100之间（百分比，最多两位小数）");
			}
			if (!anyKey && r.getKey() != CreditClass.D && ratio.compareTo(rules.generalRatioCap()) > 0) {
				throw ApiProblem.badInput("ratios", "general_ratio_too_high", "一般检查事项的抽查比例不得超过"
						+ rules.generalRatioCap().toPlainString() + "%（" + r.getKey() + "类为" + ratio.toPlainString() + "%）；重点检查事项不受此限");
			}
		}
		int per = in.inspectorsPerSubject() == null ? 2 : in.inspectorsPerSubject();
		if (per < 2) {
			throw ApiProblem.badInput("inspectorsPerSubject", "too_few_inspectors", "每个检查对象至少由2名执法人员检查");
		}
		if (per < departments.size()) {
			throw ApiProblem.badInput("inspectorsPerSubject", "too_few_inspectors", "联合抽查每个参与部门至少一人，每个对象至少需要" + departments.size() + "人");
		}
		int step = in.riskStep() == null ? rules.riskStep() : in.riskStep();
		int cap = in.riskCap() == null ? rules.riskCap() : in.riskCap();
		if (step < 0 || cap < 100 || cap > 1000) {
			throw ApiProblem.badInput("riskCap", "invalid_risk_limits", "投诉举报加权：每件增加的百分比不得为负，上限须在100至1000之间");
		}
		if (in.periodStart() == null || in.periodEnd() == null || in.periodEnd().isBefore(in.periodStart())) {
			throw ApiProblem.badInput("periodEnd", "invalid_period", "请填写检查期间，结束日期不早于开始日期");
		}
		if (in.periodStart().getYear() != plan.year() || in.periodEnd().getYear() != plan.year()) {
			throw ApiProblem.badInput("periodStart", "period_outside_year", "检查期间须在计划年度" + plan.year() + "年之内");
		}
		return new NewTask(in.name().strip(), plan.departmentCode(), List.copyOf(departments).subList(1, departments.size()),
				in.matterIds(), in.industries(), in.streetCodes(), in.tags(), ratios, per, step, cap, in.periodStart(),
				in.periodEnd());
	}
}
