package org.zhili.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.org.District;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.plans.history.PlanHistories;
import org.zhili.plans.history.PlanHistories.Assignment;
import org.zhili.plans.history.PlanHistories.Document;
import org.zhili.plans.history.PlanHistories.DocumentTask;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;

/**
 * Demo plans on first start (zhili.demo.enabled): the two Nankai documents bundled in {@code seed/plans} are
 * ingested as the supervision office would ({@link PlanHistories}), their tasks given plausible lead and co-units by subject, and tracked
 * over the current year: monthly progress reports up to last month, milestones (some missed, so some tasks are
 * 滞后), a 黄牌 督办 on each late task, and year-to-date actual values of the main targets. Deterministic.
 */
@DemoComponent
class DemoPlans extends DemoPart {


	/**
	 * Subject keywords → lead department (and a co-department), first match wins. Departments are named by the
	 * part of their code after the district's code.
	 */
	private static final List<String[]> LEAD_RULES = List.of(
			new String[] { "科技|创新|高新|孵化|人才|专利", "KJJ", "GXJ" },
			new String[] { "服务业|商贸|楼宇|商圈|消费|电子商务|商旅|金融", "SWJ", "FGW" },
			new String[] { "招商|合作交流|协同发展", "HZB", "SWJ" },
			new String[] { "营商|审批|行政服务|政务", "ZWB", "SCJ" },
			new String[] { "民营经济|中小企业|产业", "GXJ", "FGW" },
			new String[] { "规划|开发建设|重点项目|土地|房地产|基础设施", "ZJW", "FGW" },
			new String[] { "生态|污染|空气|河|锅炉|环境治理", "STJ", "CGW" },
			new String[] { "城市管理|市容|创文创卫|公厕|社区|背街里巷", "CGW", null },
			new String[] { "文化|旅游|精神文明|讨论", "WLJ", null },
			new String[] { "教育|学校|幼儿园|社会事业|公共事业", "JYJ", "WJW" },
			new String[] { "卫生|医院|健康", "WJW", null },
			new String[] { "就业|民生|惠民|实事", "RSJ", "MZJ" },
			new String[] { "稳定|安全|信访", "YJJ", "XFB" },
			new String[] { "法治|依法|民主", "SFJ", null },
			new String[] { "改革|财政|预算", "CZJ", "FGW" });
	private static final String[] LEADERS = { "常务副区长", "分管经济副区长", "分管城建副区长", "分管社会事业副区长", "区委副书记" };

	private final PlanHistories plans;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final Supervisions supervisions;
	private final List<String[]> leads;
	private final String[][] suggestions;
	private final String[] fallbackLead;

	DemoPlans(PlanHistories plans, OrgUnits units, WorkingCalendar calendar,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, TransactionTemplate transactions,
			Supervisions supervisions, District district) {
		super(DemoStartup.PLANS, "plans", transactions, jdbc);
		this.leads = LEAD_RULES.stream()
			.map(r -> new String[] { r[0], district.unitCode(r[1]), district.unitCode(r[2]) })
			.toList();
		this.suggestions = Arrays.stream(SUGGESTION_TEMPLATES)
			.map(t -> new String[] { t[0], district.unitCode(t[1]), district.unitCode(t[2]) })
			.toArray(String[][]::new);
		this.fallbackLead = new String[] { district.unitCode("DCS"), district.unitCode("FGW") };
		this.plans = plans;
		this.units = units;
		this.calendar = calendar;
		this.supervisions = supervisions;
	}

	@Override
	protected boolean wanted() {
		return plans.none();
	}

	@Override
	protected String play() {
		int year = plans.today().getYear();
		load("nankai_2018_government_work_report.txt", "2019年政府工作报告重点工作（演示：按" + year + "年跟踪）", year, 1);
		load("nankai_2012_party_committee_work_points.txt", "区委工作要点（演示：2012年文件，按" + year + "年跟踪）", year, 2);
		suggestions(year);
		return "the two Nankai documents ingested and tracked over " + year;
	}

	private void load(String file, String title, int year, int seed) {
		List<OrgUnit> streets = units.streets();
		Document document = new Document(file, Document.read("/seed/plans/" + file), title, year,
				seed == 1 ? "GOVERNMENT_REPORT" : "WORK_POINTS", "由 " + file + " 识别生成（演示数据）");
		long planId = plans.publish(document, t -> assign(t, year, seed, streets));
		track(planId, year, new Random(seed));
	}

	/** Lead and co-units by subject, a street where the text speaks of communities, three milestones. */
	private Assignment assign(DocumentTask t, int year, int seed, List<OrgUnit> streets) {
		int i = t.index();
		String[] lead = lead(t.title() + " " + t.sectionTitle(), t.text());
		List<String> co = new ArrayList<>();
		if (lead[1] != null && !lead[1].equals(lead[0])) {
			co.add(lead[1]);
		}
		if (t.text().contains("社区") || t.text().contains("街")) {
			co.add(streets.get((i + seed) % streets.size()).code());
		}
		return new Assignment(lead[0], co, LEADERS[i % LEADERS.length], LocalDate.of(year, 12, 31),
				BigDecimal.valueOf(t.numbered() ? 2 : 1), milestones(year));
	}

	private static List<PlanHistories.Milestone> milestones(int year) {
		return List.of(new PlanHistories.Milestone(LocalDate.of(year, 3, 31), "制定工作方案，明确责任分工"),
				new PlanHistories.Milestone(LocalDate.of(year, 6, 30), "阶段性成果，形成半年总结"),
				new PlanHistories.Milestone(LocalDate.of(year, 9, 30), "主体工作完成"));
	}

	private String[] lead(String head, String text) {
		for (String[] rule : leads) {
			if (Pattern.compile(rule[0]).matcher(head).find()) {
				return new String[] { rule[1], rule[2] };
			}
		}
		for (String[] rule : leads) {
			if (Pattern.compile(rule[0]).matcher(text).find()) {
				return new String[] { rule[1], rule[2] };
			}
		}
		return fallbackLead;
	}

	/** A year of tracking up to last month: reports, milestones met or missed, 督办, actuals. */
	private void track(long planId, int year, Random random) {
		LocalDate today = plans.today();
		int months = YearMonth.from(today).getMonthValue() - 1;
		List<PlanHistories.Task> tasks = plans.tasks(planId);
		for (int i = 0; i < tasks.size(); i++) {
			PlanHistories.Task task = tasks.get(i);
			String unit = task.leadUnit();
			boolean idle = i % 13 == 5;
			boolean late = i % 7 == 3;
			boolean early = i % 11 == 1;
			double pace = early ? 1.5 : late ? 0.45 : 0.85 + random.nextDouble() * 0.3;
			for (int m = 1; m <= months && !idle; m++) {
				int percent = (int) Math.min(100, Math.round(100.0 * m / 12 * pace));
				LocalDate submitted = calendar.addWorkingDays(YearMonth.of(year, m).atEndOfMonth(), 1 + random.nextInt(4));
				if (submitted.isAfter(today)) {
					break;
				}
				boolean reviewed = submitted.plusDays(10).isBefore(today);
				plans.report(new PlanHistories.ProgressReport(task.id(), unit, YearMonth.of(year, m), percent,
						text(task.title(), m, percent), m % 3 == 0 ? List.of(m + "月工作台账.xlsx", "现场照片.jpg") : List.of(),
						submitted.atTime(10, 0).atZone(calendar.zone()).toInstant(), "demo", reviewed ? "supervisor" : null));
				if (percent >= 100) {
					break;
				}
			}
			// Milestones before today are met three days early, except the late tasks' mid-year one.
			for (PlanHistories.Milestone milestone : milestones(year)) {
				if (milestone.due().isBefore(today) && !((late || idle) && milestone.due().getMonthValue() >= 6)) {
					plans.milestoneMet(task.id(), milestone.due(), milestone.due().minusDays(3));
				}
			}
			if (late && months >= 7 && unit != null) {
				LocalDate at = calendar.addWorkingDays(LocalDate.of(year, 7, 1), 3);
				Supervisions.Supervision s = plans.supervise(task, SupervisionLevel.YELLOW,
						"半年节点未完成，请说明原因并提出整改措施", TimeLimit.workingDays(5), "supervisor",
						at.atTime(9, 30).atZone(calendar.zone()).toInstant());
				supervisions.answered(s.id(), "demo", "已召开专题会研究，倒排工期，确保三季度追上进度",
						calendar.addWorkingDays(at, 3).atTime(16, 0).atZone(calendar.zone()).toInstant());
			}
		}
		for (PlanHistories.Target g : plans.targets(planId)) {
			BigDecimal value = g.value();
			String comparator = g.comparator();
			boolean rate = "%".equals(g.unit());
			for (int m = 1; m <= months; m++) {
				BigDecimal actual;
				if (rate) {
					actual = value.add(BigDecimal.valueOf(random.nextDouble() * 2.5 - (comparator.equals("at_most") ? 0.8 : 1.2)));
					if (actual.signum() < 0 && !comparator.equals("growth")) {
						actual = BigDecimal.ZERO;
					}
				}
				else {
					actual = value.multiply(BigDecimal.valueOf(m / 12.0 * (0.85 + random.nextDouble() * 0.3)));
				}
				plans.actual(g.id(), YearMonth.of(year, m), actual.setScale(2, RoundingMode.HALF_UP), "年初至该月累计", "DEMO",
						"system");
			}
		}
	}

	/** Titles with lead and co-department (named as in {@link #LEAD_RULES}). */
	private static final String[][] SUGGESTION_TEMPLATES = {
			{ "关于加快老旧小区改造的建议", "ZJW", "CGW" }, { "关于增设社区养老服务驿站的建议", "MZJ", "WJW" },
			{ "关于治理背街里巷停车难的建议", "CGW", "GAJ" }, { "关于优化学区划分的建议", "JYJ", null },
			{ "关于扶持科技型中小企业发展的建议", "KJJ", "GXJ" }, { "关于提升菜市场便民服务的建议", "SWJ", "SCJ" },
			{ "关于加强社区卫生服务中心建设的建议", "WJW", null }, { "关于推进垃圾分类的建议", "CGW", "STJ" },
			{ "关于打造古文化街文旅品牌的建议", "WLJ", "SWJ" }, { "关于优化营商环境的建议", "ZWB", "SCJ" },
			{ "关于加强食品安全监管的建议", "SCJ", null }, { "关于完善就业创业服务的建议", "RSJ", null } };

	/** A year's register: suggestions and proposals of the spring sessions, answered, rated, some redone. */
	private void suggestions(int year) {
		LocalDate today = plans.today();
		for (int i = 0; i < 24; i++) {
			String[] s = suggestions[i % suggestions.length];
			boolean deputy = i % 2 == 0;
			LocalDate registered = LocalDate.of(year, 1, 10 + i % 10);
			LocalDate assigned = LocalDate.of(year, 2, 1 + i % 20);
			if (assigned.isAfter(today)) {
				continue;
			}
			boolean difficult = i % 8 == 7;
			LocalDate due = assigned.plusMonths(difficult ? 6 : 3);
			LocalDate replied = i % 12 == 11 ? null : assigned.plusDays(40 + (i * 7) % 60 + (i % 10 == 9 ? 60 : 0));
			if (replied != null && replied.isAfter(today)) {
				replied = null;
			}
			String satisfaction = replied == null || replied.plusDays(20).isAfter(today) ? null
					: i % 9 == 4 ? "UNSATISFIED" : i % 5 == 3 ? "BASICALLY_SATISFIED" : "SATISFIED";
			String state = replied == null ? "ASSIGNED" : satisfaction == null ? "REPLIED"
					: satisfaction.equals("UNSATISFIED") ? "ASSIGNED" : "CLOSED";
			LocalDate feedback = satisfaction == null ? null : replied.plusDays(20);
			long id = plans.suggestion(new PlanHistories.Suggestion(deputy ? "DEPUTY" : "CPPCC", String.valueOf(i / 2 + 1),
					s[0], s[0].replace("关于", "建议").replace("的建议", "，具体措施见附件。"),
					deputy ? "区人大代表（演示）" : "区政协委员（演示）",
					deputy ? "区十八届人大" + (year - 2022) + "次会议" : "区政协十五届" + (year - 2022) + "次会议", registered,
					state, s[1], s[2] == null ? List.of() : List.of(s[2]), assigned, difficult,
					"UNSATISFIED".equals(satisfaction) ? replied.plusDays(20).plusMonths(2) : due,
					replied == null ? null : "经研究，已制定工作方案并推进落实。",
					replied == null ? null : "ABCA".substring(i % 4, i % 4 + 1), replied != null && i % 6 != 5, replied,
					replied == null ? null : !replied.isAfter(due), satisfaction, feedback,
					"UNSATISFIED".equals(satisfaction) ? 1 : 0, "CLOSED".equals(state) ? replied.plusDays(20) : null));
			plans.suggestionEvent(id, registered.atTime(10, 0).atZone(calendar.zone()).toInstant(), "REGISTER", "system");
			if (s[2] != null && replied != null) {
				plans.opinion(id, s[2], "同意主办单位意见，配合做好相关工作。",
						replied.minusDays(10).atTime(10, 0).atZone(calendar.zone()).toInstant(), "demo");
			}
		}
	}

	private static String text(String title, int month, int percent) {
		String stage = percent < 30 ? "制定方案、分解任务，召开推动会" : percent < 70 ? "按计划推进，完成阶段性工作" : percent < 100
				? "主体工作基本完成，正在收尾" : "全部完成，形成总结材料";
		return month + "月：" + title + "，" + stage + "，累计完成" + percent + "%。";
	}

}
