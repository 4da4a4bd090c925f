package org.zhili.plans.internal.ingestion;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The forms a document is read as, and what each proposed item carries. */
class DraftReaderTest {

	private final DraftReader reader = new DraftReader(IngestionFixtures.units());

	private DraftPlan read(String text) {
		return reader.read(DocumentText.plain(text));
	}

	@Test
	void targetsInsideALongSentenceOfProseAreRead() {
		DraftPlan d = read("会议要求，要扎实办好民生实事，年内建成社区食堂11个、新增公共充电桩1200个，力争新增普惠托育托位600个。");

		assertThat(d.form()).isEqualTo(DocumentForm.PROSE);
		assertThat(d.notes()).contains(DraftReader.NOTE_FALLBACK);
		assertThat(d.items()).filteredOn(i -> i.kind().isTarget())
			.extracting(DraftPlan.Item::value, DraftPlan.Item::unit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("11"), "个"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("1200"), "个"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("600"), "个"));
		assertThat(d.items()).filteredOn(i -> i.kind() == ItemKind.TASK).extracting(DraftPlan.Item::title)
			.containsExactly("扎实办好民生实事");
	}

	@Test
	void reportedFiguresAreResultsNotTargets() {
		DraftPlan d = read("""
				南开区开展燃气安全专项检查
				2026年12月2日，记者从区应急管理局获悉，今年以来共检查企业126家，发现问题隐患29处，已整改27处。
				下一步，区应急管理局将对剩余隐患挂牌督办，确保年底前全部整改到位。
				""");

		assertThat(d.form()).isEqualTo(DocumentForm.NEWS);
		assertThat(d.items()).filteredOn(i -> i.kind() == ItemKind.ACTUAL).extracting(i -> i.value().intValue())
			.containsExactly(126, 29, 27);
		assertThat(d.items()).noneMatch(i -> i.kind().isTarget());
		DraftPlan.Item task = d.items().stream().filter(i -> i.kind() == ItemKind.TASK).findFirst().orElseThrow();
		assertThat(task.unitCode()).isEqualTo("120104YJJ");
		assertThat(task.paragraph()).isEqualTo(3);
	}

	@Test
	void yiYaoErYaoSplitAParagraphIntoTasks() {
		DraftPlan d = read("""
				2026年民生工作要点
				一要稳定和扩大就业，开展职业技能培训1.5万人次。二要办好人民满意的教育，新增学位3600个。三要健全养老服务体系。
				""");

		assertThat(d.form()).isEqualTo(DocumentForm.HEADINGS);
		assertThat(d.tasks()).extracting(DraftPlan.Task::title).containsExactly("稳定和扩大就业", "办好人民满意的教育", "健全养老服务体系");
		assertThat(d.items()).filteredOn(i -> i.kind() == ItemKind.TASK)
			.allSatisfy(i -> assertThat(i.signals()).contains("一要/一是分项"));
		assertThat(d.year()).isEqualTo(2026);
	}

	@Test
	void ceilingsAndFallsOfBoundIndicatorsAreBindingTargets() {
		DraftPlan d = read("2026年工作要点\n主要预期目标是：地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗下降2.5%。\n"
				+ "一、重点任务\n1、加快科技创新。新建概念验证中心2个。");

		assertThat(d.form()).isEqualTo(DocumentForm.OUTLINE);
		assertThat(d.items()).filteredOn(i -> i.kind().isTarget()).extracting(DraftPlan.Item::title, DraftPlan.Item::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("地区生产总值", ItemKind.EXPECTED_TARGET),
					org.assertj.core.groups.Tuple.tuple("城镇调查失业率", ItemKind.BINDING_TARGET),
					org.assertj.core.groups.Tuple.tuple("单位地区生产总值能耗", ItemKind.BINDING_TARGET),
					org.assertj.core.groups.Tuple.tuple("新建概念验证中心", ItemKind.EXPECTED_TARGET));
		// A main-passage figure with a clear name and a comparison word is surer than a bare count.
		double gdp = d.items().stream().filter(i -> i.title().equals("地区生产总值")).findFirst().orElseThrow().confidence();
		double centres = d.items().stream().filter(i -> i.title().equals("新建概念验证中心")).findFirst().orElseThrow()
			.confidence();
		assertThat(gdp).isGreaterThan(centres);
	}

	@Test
	void aTaskTableRowCarriesItsLeadCoUnitsAndDeadline() {
		DraftPlan d = read("""
				序号\t重点任务\t具体目标\t牵头单位\t配合单位\t完成时限
				1\t缓解停车难问题\t新增公共停车泊位1500个\t区城管委\t公安南开分局、长虹街道\t2026年12月31日
				""");

		assertThat(d.form()).isEqualTo(DocumentForm.TASK_TABLE);
		DraftPlan.Item task = d.items().get(0);
		assertThat(task.kind()).isEqualTo(ItemKind.TASK);
		assertThat(task.unitCode()).isEqualTo("120104CGW");
		assertThat(task.coUnits()).containsExactly("120104GAJ", "120104001000");
		assertThat(task.deadline()).isEqualTo("2026年12月31日");
		assertThat(d.items().get(1).value()).isEqualByComparingTo("1500");
		assertThat(d.items().get(1).unitCode()).isEqualTo("120104CGW");
	}

	@Test
	void aWordDocumentWithNumberedHeadingsInBoldIsStillAnOutline() throws Exception {
		DocumentText doc = DocxReader.read(IngestionFixtureWriter.docx(List.of("2027年区政府重点工作", "## 一、优化营商环境",
				"1.推进一网通办。全年新增网办事项200项。", "2.提升12345热线服务。群众满意率达到95%以上。", "## 二、提升城市品质",
				"3.整治背街里巷。提升改造背街里巷40条。")));

		DraftPlan d = reader.read(doc);
		assertThat(d.form()).isEqualTo(DocumentForm.OUTLINE);
		assertThat(d.tasks()).extracting(DraftPlan.Task::number).containsExactly("1", "2", "3");
	}

	@Test
	void textWithoutASentenceIsRefusedAndEveryOtherTextIsRead() {
		assertThatThrownBy(() -> read("首页 新闻\n南开区 2026")).isInstanceOf(ApiProblem.class).hasMessageContaining("没有可识别的句子");
		DraftPlan d = read("今天天气很好。我们去公园散步了，看到了很多花。");
		assertThat(d.notes()).contains(DraftReader.NOTE_FALLBACK, DraftReader.NOTE_EMPTY);
		assertThat(d.items()).isEmpty();
	}

	@Test
	void everyItemPointsAtItsSourceSentence() {
		String text = IngestionFixtures.text("/ingestion/resolution-prose.txt");
		DraftPlan d = read(text);
		List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
		assertThat(d.items()).isNotEmpty().allSatisfy(i -> {
			assertThat(text.substring(i.start(), i.end())).isNotBlank();
			assertThat(lines.get(i.paragraph() - 1)).contains(i.sentence());
			assertThat(i.confidence()).isBetween(0.05, 0.99);
		});
		assertThat(d.items()).filteredOn(i -> i.kind() == ItemKind.ACTUAL).allSatisfy(i -> assertThat(i.year()).isEqualTo(2025));
	}
}
