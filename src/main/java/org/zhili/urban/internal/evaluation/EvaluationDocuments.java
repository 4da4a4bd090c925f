package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhili.org.District;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;
import org.zhili.process.Exports.Column;
import org.zhili.process.WordDocument;

/**
 * The month's evaluation as the 通报 the centre publishes (.docx) and as one workbook (every family's rows in one
 * list, with the report's text, the definitions and the weights in the 说明 sheet).
 */
@Component
public class EvaluationDocuments {

	/** One line of the workbook: a family's row, or the district's figures. */
	record Line(String family, String level, String code, String name, Map<Indicator, BigDecimal> figures,
			BigDecimal composite, Grade grade) {
	}

	private final District district;
	private final EvaluationProperties rules;

	EvaluationDocuments(District district, EvaluationProperties rules) {
		this.district = district;
		this.rules = rules;
	}

	String title(MonthlyEvaluation e) {
		return district.name() + "数字化城市管理" + e.month().month().getYear() + "年" + e.month().month().getMonthValue()
				+ "月综合评价通报";
	}

	String fileName(MonthlyEvaluation e, String extension) {
		return "数字城管综合评价-" + e.month().month() + "." + extension;
	}

	/** The workbook's columns: family, region level, code, name, every figure any family shows, composite, grade. */
	Exports.Spec<Line> spec(MonthlyEvaluation e) {
		List<Column<Line>> columns = new ArrayList<>();
		columns.add(Column.of("评价类别", 14, Line::family));
		columns.add(Column.of("层级", 8, Line::level));
		columns.add(Column.of("编码", 16, Line::code));
		columns.add(Column.of("名称", 20, Line::name));
		for (Indicator i : indicators(e)) {
			columns.add(Column.of(i.header(), Math.max(8, i.header().length() * 2 + 2), l -> l.figures().get(i)));
		}
		columns.add(Column.of("综合指标值", 10, Line::composite));
		columns.add(Column.of("等级", 6, l -> l.grade() == null ? null : l.grade().name()));
		Exports.Spec<Line> spec = Exports.Spec.of("urban.evaluation", "综合评价", "month=" + e.month().month(), columns, 100_000)
			.withNote("报告", String.join("", e.sentences()))
			.withNote("统计截止", LocalDateTime.ofInstant(e.month().cutoff(), ChinaTime.ZONE).toString()
					+ (e.month().provisional() ? "（本月尚未截止，数据仅供参考）" : ""));
		for (EvaluationFamily f : EvaluationFamily.values()) {
			spec = spec.withNote(f.label() + "权重", weights(f));
		}
		spec = spec.withNote("等级", grades());
		for (Indicator i : indicators(e)) {
			spec = spec.withNote(i.label(), i.definition());
		}
		return spec;
	}

	List<Line> lines(MonthlyEvaluation e) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("全区", "区", district.code(), district.name(), e.district(), null, null));
		for (EvaluationTable t : e.tables()) {
			for (EvaluationRow r : t.rows()) {
				lines.add(new Line(t.family().label(), t.level(), r.code(), r.name(), r.figures(), r.composite(), r.grade()));
			}
		}
		return lines;
	}

	byte[] docx(MonthlyEvaluation e) {
		WordDocument doc = WordDocument.titled(title(e))
			.subtitle("统计截至 " + LocalDateTime.ofInstant(e.month().cutoff(), ChinaTime.ZONE).toLocalDate()
					+ (e.month().provisional() ? "（数据仅供参考）" : ""))
			.heading("一、总体情况");
		e.sentences().forEach(doc::paragraph);
		String[] numbers = { "二", "三", "四", "五", "六" };
		int n = 0;
		for (EvaluationTable t : e.tables()) {
			doc.heading(numbers[n++] + "、" + t.family().label()
					+ (t.family() == EvaluationFamily.REGION ? "（按" + t.level() + "）" : ""));
			List<String> headers = new ArrayList<>(List.of("序号", t.level()));
			t.columns().forEach(i -> headers.add(i.header()));
			headers.add("综合指标值");
			headers.add("等级");
			List<List<String>> rows = new ArrayList<>();
			int rank = 0;
			for (EvaluationRow r : t.rows()) {
				List<String> cells = new ArrayList<>(List.of(String.valueOf(++rank), r.name()));
				t.columns().forEach(i -> cells.add(text(r.figure(i))));
				cells.add(text(r.composite()));
				cells.add(r.grade() == null ? "—" : r.grade().name());
				rows.add(cells);
			}
			doc.table(headers, rows);
		}
		doc.heading("七、指标口径");
		for (Indicator i : indicators(e)) {
			doc.paragraph(i.label() + "：" + i.definition());
		}
		for (EvaluationFamily f : EvaluationFamily.values()) {
			doc.paragraph(f.label() + "综合指标值 = " + weights(f));
		}
		doc.paragraph("等级：" + grades());
		return doc.signature(district.name() + "数字化城市管理监督指挥中心", LocalDate.ofInstant(e.month().cutoff(), ChinaTime.ZONE)
			.toString()).bytes();
	}

	/** 监督举报率分值×10% + 立案数分值×20% + … */
	public String weights(EvaluationFamily family) {
		EvaluationProperties.Family rule = rules.family(family);
		return family.scored()
			.stream()
			.filter(i -> rule.weight(i).signum() > 0)
			.map(i -> (i.lowerIsBetter() ? "(100 − " + i.label() + ")" : i.label()) + "×"
					+ rule.weight(i).movePointRight(2).stripTrailingZeros().toPlainString() + "%")
			.collect(Collectors.joining(" + "));
	}

	public String grades() {
		EvaluationProperties.Grades g = rules.grades();
		return "A ≥ " + g.a() + "，B " + g.b() + "–<" + g.a() + "，C " + g.c() + "–<" + g.b() + "，D " + g.d() + "–<" + g.c()
				+ "，E < " + g.d();
	}

	private static Set<Indicator> indicators(MonthlyEvaluation e) {
		Set<Indicator> all = new LinkedHashSet<>(e.district().keySet());
		e.tables().forEach(t -> all.addAll(t.columns()));
		return all;
	}

	static String text(BigDecimal value) {
		return value == null ? "—" : value.toPlainString();
	}
}
