package org.zhili.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.inspection.InspectionWork;
import org.zhili.inspection.Matters;
import org.zhili.inspection.NewTask;
import org.zhili.inspection.Subjects;
import org.zhili.org.District;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/**
 * The demo's inspection year (zhili.demo.enabled), on the libraries {@link DemoInspectionLibraries} filled: residents'
 * complaints about a few shops (which raise their weight in the draw), the 市场监管局's yearly plan with five tasks —
 * one of them a joint inspection with another department — each committed and drawn, most inspections recorded and
 * confirmed by their two inspectors (some 责令整改, a 立案查处 that passed 法制审核), most results published and the
 * last task's still under way. Everything goes through the inspection module's own steps; deterministic.
 */
@DemoComponent
class DemoInspectionYear extends DemoPart {


	/** Tasks: name, the industries drawn from, the matters' codes' department, and whether it is joint (with WJW). */
	private record TaskPlan(String name, List<String> industries, String jointDepartment) {
	}

	private static final List<TaskPlan> TASKS = List.of(
			new TaskPlan("餐饮服务食品安全双随机抽查", List.of("餐饮"), null),
			new TaskPlan("食品销售经营者双随机抽查", List.of("食品销售", "商场超市"), null),
			new TaskPlan("药品零售企业双随机抽查", List.of("药品零售"), null),
			new TaskPlan("特种设备使用单位双随机抽查", List.of("特种设备使用", "加油站"), null),
			new TaskPlan("住宿及美容美发场所跨部门联合抽查", List.of("住宿", "美容美发"), "WJW"));
	private static final String[] FINDINGS = {
			"后厨生熟食品未分开存放，部分食品未标注进货日期", "从业人员健康证过期2人", "未按规定留存进货查验记录",
			"消毒设施未正常使用", "部分商品未明码标价", "特种设备定期检验合格标志未在显著位置张贴" };
	private static final String[] COMPLAINT_TEMPLATES = {
			"反映%s后厨卫生条件差，餐具不洁，吃完后肚子不舒服，请相关部门检查。",
			"%s销售的商品已过保质期，店员拒绝退换，要求查处。",
			"%s晚上经营噪音大，油烟直排，影响周边居民休息。",
			"举报%s无证经营，卫生状况堪忧。" };

	private final InspectionWork work;
	private final Subjects subjects;
	private final Matters matters;
	private final CaseIntake intake;
	private final OrgUnits units;
	private final District district;
	private final WorkingCalendar calendar;
	private final Clock clock;
	/** Without demo cases ({@code zhili.demo.cases=0}) no resident complains either: the district starts with no case. */
	private final boolean withCases;

	DemoInspectionYear(InspectionWork work, Subjects subjects, Matters matters, CaseIntake intake, OrgUnits units,
			District district, WorkingCalendar calendar, DemoProperties demo, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		super(DemoStartup.INSPECTION_YEAR, "inspection year", transactions, jdbc);
		this.work = work;
		this.subjects = subjects;
		this.matters = matters;
		this.intake = intake;
		this.units = units;
		this.district = district;
		this.calendar = calendar;
		this.clock = clock;
		this.withCases = demo.cases() > 0;
	}

	@Override
	protected boolean wanted() {
		return work.none() && !matters.list(district.unitCode("SCJ")).isEmpty();
	}

	@Override
	protected String play() {
		return "5 tasks drawn, %d inspections".formatted(year(new Random(2026_1204L)));
	}

	private int year(Random random) {
		String scj = district.unitCode("SCJ");
		Actor department = actor("shichang", Role.DEPARTMENT_HANDLER, scj);
		Actor reviewer = actor("fazhi", Role.LEGAL_REVIEWER, scj);
		List<Subjects.Subject> all = subjects.matching(Subjects.Filter.all());
		if (withCases) {
			complaints(all, random);
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		int year = today.getYear();
		long plan = work.createPlan(year, year + "年度双随机、一公开抽查计划", department);
		int count = 0;
		for (int t = 0; t < TASKS.size(); t++) {
			TaskPlan p = TASKS.get(t);
			String joint = p.jointDepartment() == null ? null : district.unitCode(p.jointDepartment());
			List<Long> matterIds = matterIds(scj, joint, p.industries());
			long task = work.addTask(plan, new NewTask(p.name(), scj, joint == null ? List.of() : List.of(joint),
					matterIds, p.industries(), List.of(), List.of(), Map.of(), joint == null ? 2 : 3, null, null,
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), department);
			long draw = work.commit(task, department);
			List<InspectionWork.Drawn> drawn = work.draw(draw, department);
			boolean underWay = t == TASKS.size() - 1;
			for (int k = 0; k < drawn.size(); k++) {
				if (underWay && k % 3 == 0) {
					continue;
				}
				execute(drawn.get(k), random, reviewer, scj, t == 0 && k == 0);
				count++;
			}
			if (!underWay) {
				work.publishAll(task, department);
			}
		}
		return count;
	}

	/** One inspection: recorded by the first seated inspector, confirmed by the second; the first task's first is a 立案查处. */
	private void execute(InspectionWork.Drawn d, Random random, Actor reviewer, String department, boolean penalty) {
		Actor first = actor(d.inspectors().get(0), Role.INSPECTOR, department);
		Actor second = actor(d.inspectors().get(1), Role.INSPECTOR, department);
		int roll = random.nextInt(100);
		if (penalty) {
			work.record(d.inspectionId(), "PENALTY", "使用超过保质期的食品原料，涉嫌违反《食品安全法》第三十四条", true, first);
			work.confirm(d.inspectionId(), second);
			work.review(d.inspectionId(), true, "事实清楚，证据确凿，适用法律正确，程序合法，同意立案查处", reviewer);
		}
		else if (roll < 14) {
			work.record(d.inspectionId(), "RECTIFY", FINDINGS[random.nextInt(FINDINGS.length)], false, first);
			work.confirm(d.inspectionId(), second);
		}
		else {
			work.record(d.inspectionId(), "NO_PROBLEM", null, false, first);
			work.confirm(d.inspectionId(), second);
		}
	}

	/** Residents' complaints about a dozen shops, registered at the hotline like any other. */
	private void complaints(List<Subjects.Subject> all, Random random) {
		List<Subjects.Subject> shops = new ArrayList<>(all.stream()
			.filter(s -> Set.of("餐饮", "食品销售", "商场超市").contains(s.industry()) && s.lng() != null).toList());
		Actor operator = actor("operator", Role.OPERATOR, null);
		// A dozen different shops, each named in one to three different calls: no two calls say the same.
		Collections.shuffle(shops, random);
		Set<String> named = new HashSet<>();
		for (Subjects.Subject shop : shops) {
			if (named.size() == 12) {
				break;
			}
			if (!named.add(shop.name())) {
				continue;
			}
			int n = 1 + random.nextInt(3);
			int first = random.nextInt(COMPLAINT_TEMPLATES.length);
			for (int k = 0; k < n; k++) {
				String text = COMPLAINT_TEMPLATES[(first + k) % COMPLAINT_TEMPLATES.length].formatted(shop.name());
				intake.register(new NewCase(Channel.HOTLINE, k % 2 == 0 ? CaseType.COMPLAINT : CaseType.REPORT, null,
						Urgency.ORDINARY, "投诉" + shop.name(), text, shop.address(), shop.lng(), shop.lat(), false,
						People.name(random), People.phone(random), false, false, false, null, null, null, null), operator);
			}
		}
	}

	private List<Long> matterIds(String department, String joint, List<String> industries) {
		List<Matters.Matter> own = matters.list(department);
		List<Long> ids = new ArrayList<>(own.stream()
			.filter(m -> m.industries().isEmpty() || m.industries().stream().anyMatch(industries::contains))
			.map(Matters.Matter::id).limit(3).toList());
		if (ids.isEmpty()) {
			ids.add(own.get(0).id());
		}
		if (joint != null) {
			matters.list(joint).stream().limit(1).map(Matters.Matter::id).forEach(ids::add);
		}
		return ids;
	}

	private Actor actor(String username, Role role, String unitCode) {
		OrgUnit unit = unitCode == null ? units.district() : units.find(unitCode).orElseThrow();
		return new Actor(null, username, Set.of(role), unit.scope());
	}
}
