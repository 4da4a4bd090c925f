package org.zhili.plans.internal.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseFigures;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.PlanScope;
import org.zhili.plans.internal.PlanTime;
import org.zhili.plans.internal.plan.PlanService;
import org.zhili.plans.internal.plan.PlanViews;
import org.zhili.plans.internal.suggestions.SuggestionService;
import org.zhili.plans.internal.targets.TargetViews;
import org.zhili.plans.internal.tasks.TaskQueries;
import org.zhili.plans.internal.tasks.TaskViews;
import org.zhili.platform.ApiProblem;
import org.zhili.process.WordDocument;

/**
 * The year-end review of a plan, drawn from live data: each section's tasks with their status and the latest
 * evidence, the targets against their actual values in a report's own phrasing, the year's 接诉即办 figures (from
 * the cases module's statistics, {@link CaseFigures}) and the suggestions' 办复率 and 满意率. As a page and as .docx.
 */
@Service
@Transactional(readOnly = true)
class YearReview {

	record TaskLine(String number, String title, String leadUnit, String status, int progress, String evidence,
			List<String> files) {
	}

	record Part(String heading, BigDecimal progress, List<TaskLine> tasks) {
	}

	record TargetLine(String indicator, String target, String actual, String assessment, String phrase) {
	}

	record Review(long planId, String title, int year, LocalDate asOf, BigDecimal progress, List<Part> parts,
			List<TargetLine> targets, CaseFigures.Figures cases, SuggestionService.Rates suggestions,
			List<PlanViews.Result> previousYear) {
	}

	private final PlanService plans;
	private final TaskQueries tasks;
	private final PlanScope scope;
	private final PlanTime time;
	private final SuggestionService suggestions;
	private final CaseFigures cases;

	YearReview(PlanService plans, TaskQueries tasks, PlanScope scope, PlanTime time, SuggestionService suggestions,
			CaseFigures cases) {
		this.plans = plans;
		this.tasks = tasks;
		this.scope = scope;
		this.time = time;
		this.suggestions = suggestions;
		this.cases = cases;
	}

	public Review review(long planId, Actor actor) {
		if (!scope.seesAll(actor)) {
			throw ApiProblem.forbidden("district_only", "年终总结需要全区范围的账号");
		}
		PlanViews.PlanTree tree = plans.tree(planId, actor);
		int year = tree.plan().year();
		LocalDate today = time.today();
		LocalDate end = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
		Map<Long, TaskViews.Report> lastReports = tasks
			.latestReports(PlanViews.allTasks(tree).stream().map(TaskViews.TaskSummary::id).toList());
		List<Part> parts = new ArrayList<>();
		if (!tree.tasks().isEmpty()) {
			parts.add(new Part("其他任务", PlanViews.weighted(tree.tasks()), lines(tree.tasks(), lastReports)));
		}
		for (PlanViews.SectionNode s : tree.sections()) {
			parts(s, parts, lastReports);
		}
		List<TargetLine> targets = tree.targets().stream().map(g -> {
			TargetViews.Actual latest = TargetViews.latest(g.actuals());
			return new TargetLine(g.indicator(), g.comparatorLabel() + " " + g.value().toPlainString() + g.unit()
					+ (g.qualifier() == null ? "" : g.qualifier()),
					latest == null ? "—" : latest.value().stripTrailingZeros().toPlainString() + g.unit() + "（" + latest.period() + "）",
					g.assessmentLabel(), g.phrase() == null ? "" : g.phrase());
		}).toList();
		CaseFigures.Figures figures = LocalDate.of(year, 1, 1).isAfter(end) ? null : cases.district(LocalDate.of(year, 1, 1), end);
		return new Review(planId, tree.plan().title(), year, end, tree.plan().progress(), parts, targets, figures,
				suggestions.rates(year, null), tree.reportedResults());
	}

	private static void parts(PlanViews.SectionNode s, List<Part> parts, Map<Long, TaskViews.Report> latest) {
		if (!s.tasks().isEmpty()) {
			parts.add(new Part((s.number() == null ? "" : s.number() + "、") + s.title(), s.progress(), lines(s.tasks(), latest)));
		}
		s.sections().forEach(c -> parts(c, parts, latest));
	}

	/** One line per task, with the evidence of its latest report not sent back (read for all tasks at once). */
	private static List<TaskLine> lines(List<TaskViews.TaskSummary> tasks, Map<Long, TaskViews.Report> latest) {
		List<TaskLine> lines = new ArrayList<>();
		for (TaskViews.TaskSummary t : tasks) {
			TaskViews.Report last = latest.get(t.id());
			lines.add(new TaskLine(t.number(), t.title(), t.leadUnitName(), t.statusLabel(), t.progress(),
					last == null ? "未报送进展" : last.text(), last == null ? List.of() : last.evidence()));
		}
		return lines;
	}

	/** The review for {@code actor}, as a Word document. */
	public byte[] docx(long planId, Actor actor) {
		Review r = review(planId, actor);
		WordDocument doc = WordDocument.titled(r.title() + " 年终总结")
			.paragraph("截至 " + r.asOf() + "，计划整体加权进度 " + (r.progress() == null ? "—" : r.progress() + "%") + "。")
			.heading("一、重点任务完成情况");
		for (Part p : r.parts()) {
			doc.strong(p.heading() + "（进度 " + (p.progress() == null ? "—" : p.progress() + "%") + "）")
				.table(List.of("序号", "任务", "牵头单位", "状态", "进展与佐证"), p.tasks().stream()
					.map(t -> List.of(t.number() == null ? "" : t.number(), t.title(), t.leadUnit() == null ? "" : t.leadUnit(),
							t.status() + " " + t.progress() + "%",
							t.evidence() + (t.files().isEmpty() ? "" : "（佐证：" + String.join("、", t.files()) + "）")))
					.toList());
		}
		doc.heading("二、主要指标完成情况")
			.table(List.of("指标", "年初目标", "实际", "研判", "说明"), r.targets().stream()
				.map(t -> Arrays.asList(t.indicator(), t.target(), t.actual(), t.assessment(), t.phrase()))
				.toList())
			.heading("三、接诉即办")
			.paragraph(casesSentence(r.cases()))
			.heading("四、人大代表建议和政协提案办理")
			.paragraph(suggestionsSentence(r.suggestions()));
		return doc.bytes();
	}

	static String casesSentence(CaseFigures.Figures f) {
		if (f == null) {
			return "本年度尚无接诉即办数据。";
		}
		return "全年受理群众诉求" + f.received() + "件，解决率" + pct(f.resolution()) + "，满意率" + pct(f.satisfaction())
				+ "（" + f.from() + " 至 " + f.to() + "）。";
	}

	static String suggestionsSentence(SuggestionService.Rates s) {
		return "交办人大代表建议和政协提案" + s.assigned() + "件，按期答复" + s.repliedOnTime() + "件，办复率" + pct(s.answerRate())
				+ "，满意率" + pct(s.satisfactionRate()) + "，见面率" + pct(s.meetingRate()) + "。";
	}

	static String pct(BigDecimal v) {
		return v == null ? "—" : v.stripTrailingZeros().toPlainString() + "%";
	}
}
