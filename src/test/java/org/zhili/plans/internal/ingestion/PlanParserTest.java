package org.zhili.plans.internal.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanParserTest {

	private final PlanParser parser = new PlanParser();

	static String seed(String name) {
		try (InputStream in = PlanParserTest.class.getResourceAsStream("/seed/plans/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void nankai2012WorkPointsHaveTwentySixNumberedTasksUnderTenHeadings() {
		String text = seed("nankai_2012_party_committee_work_points.txt");
		DraftPlan d = parser.parse(text);

		assertThat(d.title()).isEqualTo("中共南开区委2012年工作要点");
		assertThat(d.year()).isEqualTo(2012);
		assertThat(d.sections()).hasSize(10).allMatch(s -> s.level() == 1 && !s.retrospective());
		assertThat(d.sections()).extracting(DraftPlan.Section::number)
			.containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");
		assertThat(d.sections().get(0).title()).isEqualTo("着力在增强科技创新能力上实现新突破");
		assertThat(d.tasks()).extracting(DraftPlan.Task::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 26).mapToObj(String::valueOf).toList());
		// Tasks 1–3 under 一, 23–26 under 十, as printed.
		assertThat(d.tasks().subList(0, 3)).allMatch(t -> t.section().equals("1"));
		assertThat(d.tasks().subList(22, 26)).allMatch(t -> t.section().equals("10"));
		assertThat(d.tasks().get(0).title()).isEqualTo("加强自主创新能力建设");
		// Each task is highlighted where it stands in the source.
		DraftPlan.Task last = d.tasks().get(25);
		assertThat(text.substring(last.start(), last.end())).startsWith("26、加强反腐倡廉建设。");
	}

	@Test
	void nankai2012MainTargetsWithComparatorsAndQualifiers() {
		DraftPlan d = parser.parse(seed("nankai_2012_party_committee_work_points.txt"));

		assertThat(d.targets().stream().filter(DraftPlan.Quantity::main).toList())
			.extracting(DraftPlan.Quantity::indicator, DraftPlan.Quantity::comparator, q -> q.value().stripTrailingZeros(),
					DraftPlan.Quantity::unit, DraftPlan.Quantity::qualifier)
			.containsExactly(tuple("地区增加值", "growth", new BigDecimal("15"), "%", null),
					tuple("社会消费品零售额", "growth", new BigDecimal("15"), "%", null),
					tuple("区级财政收入", "growth", new BigDecimal("15"), "%", null),
					tuple("固定资产投资", "reach", new BigDecimal("95"), "亿元", null),
					tuple("新增就业岗位", "reach", new BigDecimal("3.9"), "万个", null),
					tuple("登记失业率", "at_most", new BigDecimal("3.6"), "%", "以内"));
		// Task-level commitments, attached to their task.
		assertThat(d.targets()).anySatisfy(q -> {
			assertThat(q.indicator()).isEqualTo("科技型中小企业");
			assertThat(q.comparator()).isEqualTo("at_least");
			assertThat(q.value()).isEqualByComparingTo("2200");
			assertThat(q.task()).isEqualTo("t2");
		});
		assertThat(d.targets()).anySatisfy(q -> {
			assertThat(q.indicator()).isEqualTo("新建科技企业孵化基地");
			assertThat(q.value()).isEqualByComparingTo("8");
			assertThat(q.unit()).isEqualTo("个");
		});
		assertThat(d.actuals()).isEmpty();
		assertThat(d.targets()).allMatch(q -> q.period() == 2012);
	}

	@Test
	void nankai2018ReportGivesThe2019MainTargetsAndThe2018ResultsAsActuals() {
		String text = seed("nankai_2018_government_work_report.txt");
		DraftPlan d = parser.parse(text);

		assertThat(d.year()).isEqualTo(2019);
		assertThat(d.targets().stream().filter(DraftPlan.Quantity::main).toList())
			.extracting(DraftPlan.Quantity::indicator, DraftPlan.Quantity::comparator, q -> q.value().stripTrailingZeros(),
					DraftPlan.Quantity::unit, DraftPlan.Quantity::period)
			.containsExactly(tuple("地区生产总值", "growth", new BigDecimal("5"), "%", 2019),
					tuple("一般公共预算收入", "growth", new BigDecimal("4"), "%", 2019),
					tuple("固定资产投资", "growth", new BigDecimal("6"), "%", 2019));
		assertThat(d.targets()).anySatisfy(q -> {
			assertThat(q.indicator()).isEqualTo("新增就业");
			assertThat(q.value()).isEqualByComparingTo("4");
			assertThat(q.unit()).isEqualTo("万人");
		});
		// The review's figures are 2018's results, never 2019 targets.
		assertThat(d.actuals()).allMatch(q -> q.period() == 2018);
		assertThat(d.actuals())
			.extracting(DraftPlan.Quantity::indicator, DraftPlan.Quantity::comparator, q -> q.value().stripTrailingZeros(),
					DraftPlan.Quantity::unit)
			.contains(tuple("地区生产总值", "reach", new BigDecimal("883"), "亿元"),
					tuple("地区生产总值", "growth", new BigDecimal("6"), "%"),
					tuple("一般公共预算收入", "reach", new BigDecimal("43.17"), "亿元"),
					tuple("税收占比", "reach", new BigDecimal("89.6"), "%"),
					tuple("固定资产投资", "reach", new BigDecimal("135"), "亿元"),
					tuple("社会消费品零售额", "reach", new BigDecimal("573.3"), "亿元"),
					tuple("新增就业", "reach", new BigDecimal("6.7"), "万人"),
					tuple("登记失业率", "at_most", new BigDecimal("3.8"), "%"));
		DraftPlan.Quantity gdp = d.actuals().get(0);
		assertThat(text.substring(gdp.start(), gdp.end())).isEqualTo("全年实现地区生产总值883亿元");
		// The outline: the review (一、) and the plan (二、) with its five parts and their lead-sentence tasks.
		assertThat(d.sections().stream().filter(s -> s.level() == 1).toList())
			.extracting(DraftPlan.Section::title, DraftPlan.Section::retrospective)
			.containsExactly(tuple("2018年工作回顾", true), tuple("2019年工作目标和主要任务", false));
		assertThat(d.tasks()).hasSize(19).allMatch(t -> t.section().startsWith("2."));
		assertThat(d.tasks()).extracting(DraftPlan.Task::title).startsWith("强化协同创新", "打造创新载体", "构筑人才高地");
	}

	@Test
	void targetsOfTheMainPassageReadEveryComparator() {
		DraftPlan d = parser.parse("""
				2026年工作要点
				今年经济社会发展的主要预期目标是：地区生产总值增长6.6%，一般公共预算收入增长15%，固定资产投资增长10%，\
				新增就业1.9万人左右，城镇调查失业率5.5%左右，城镇登记失业率控制在4.5%以内，单位GDP能耗下降3%，\
				国家高新技术企业、国家科技型中小企业分别达到400家、350家，研发投入强度不低于3%。
				一、重点任务
				1、加快科技创新。新建8个科技企业孵化基地，提升改造10条道路。
				""");

		assertThat(d.targets())
			.extracting(DraftPlan.Quantity::indicator, DraftPlan.Quantity::comparator, q -> q.value().stripTrailingZeros(),
					DraftPlan.Quantity::unit, DraftPlan.Quantity::qualifier, DraftPlan.Quantity::main)
			.containsExactly(tuple("地区生产总值", "growth", new BigDecimal("6.6"), "%", null, true),
					tuple("一般公共预算收入", "growth", new BigDecimal("15"), "%", null, true),
					tuple("固定资产投资", "growth", new BigDecimal("1E+1"), "%", null, true),
					tuple("新增就业", "about", new BigDecimal("1.9"), "万人", "左右", true),
					tuple("城镇调查失业率", "about", new BigDecimal("5.5"), "%", "左右", true),
					tuple("城镇登记失业率", "at_most", new BigDecimal("4.5"), "%", "以内", true),
					tuple("单位GDP能耗", "growth", new BigDecimal("-3"), "%", null, true),
					tuple("国家高新技术企业", "reach", new BigDecimal("4E+2"), "家", null, true),
					tuple("国家科技型中小企业", "reach", new BigDecimal("35E+1"), "家", null, true),
					tuple("研发投入强度", "at_least", new BigDecimal("3"), "%", null, true),
					tuple("新建科技企业孵化基地", "reach", new BigDecimal("8"), "个", null, false),
					tuple("提升改造道路", "reach", new BigDecimal("1E+1"), "条", null, false));
		assertThat(d.tasks()).extracting(DraftPlan.Task::title).containsExactly("加快科技创新");
	}

	@Test
	void glossaryEntriesAreReadAfterTheirHeading() {
		DraftPlan d = parser.parse("""
				2026年政府工作报告
				一、工作任务
				1、推进“一网通办”。全面推行政务服务一网通办，年内实现高频事项全程网办。
				名词解释
				1.一网通办：政务服务事项网上一次办成。
				2.接诉即办：对群众诉求快速响应、
				快速办理、快速反馈。
				""");

		assertThat(d.glossary()).extracting(DraftPlan.Term::term, DraftPlan.Term::definition)
			.containsExactly(tuple("一网通办", "政务服务事项网上一次办成。"),
					tuple("接诉即办", "对群众诉求快速响应、快速办理、快速反馈。"));
		assertThat(d.tasks()).hasSize(1);
	}

	@Test
	void namesAndDatesAreNotTargets() {
		DraftPlan d = parser.parse("""
				一、工作任务
				1、加强反腐倡廉建设。认真落实《建立健全惩治和预防腐败体系2008—2012年工作规划》，办好第十七届全民健身运动会，\
				再建20个“五个一”文明示范小区，推动航天科工8358所项目落地，奋战900天。
				""");

		assertThat(d.targets()).extracting(DraftPlan.Quantity::value).map(BigDecimal::intValue).containsExactly(20);
	}

	@Test
	void textWithoutOutlineGivesNoSectionsOrTasks() {
		DraftPlan d = parser.parse("今天天气很好。我们去公园散步了，看到了很多花。");
		assertThat(d.sections()).isEmpty();
		assertThat(d.tasks()).isEmpty();
		assertThat(List.of(d.targets(), d.actuals(), d.glossary())).allMatch(List::isEmpty);
	}
}
