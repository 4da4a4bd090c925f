package org.zhili.inspection.internal.subjects;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.inspection.Subjects.RowError;
import org.zhili.inspection.Subjects.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/** A workbook row read as people fill it in: Chinese names or codes, classes written several ways, tags in one cell. */
class SubjectRowTest {

	@Test
	void aRowOfTheTemplateReadsIntoASubject() {
		SubjectRow row = SubjectRow.of(7, " 91120104MA05T8LX4K ", "南开区鸿运面馆", "个体工商户", "长虹街道1号", "117.16", "39.12",
				"餐饮", "微型", "重点监管、学校周边，连锁经营", "C类（较高风险）");

		SubjectRow.Read read = row.read();

		assertThat(read.problems()).isEmpty();
		NewSubject s = read.subject();
		assertThat(s.creditCode()).isEqualTo("91120104MA05T8LX4K");
		assertThat(s.kind()).isEqualTo(Kind.INDIVIDUAL);
		assertThat(s.scale()).isEqualTo(Scale.MICRO);
		assertThat(s.creditClass()).isEqualTo(CreditClass.C);
		assertThat(s.lng()).isEqualTo(117.16);
		assertThat(s.tags()).containsExactly("重点监管", "学校周边", "连锁经营");
	}

	@Test
	void codesAndShortClassesAreUnderstoodAndAnEmptyClassIsLeftOpen() {
		assertThat(SubjectRow.of(2, "x", "n", "enterprise", "", "", "", "餐饮", "SMALL", "", "a").read().subject())
			.extracting(NewSubject::kind, NewSubject::scale, NewSubject::creditClass)
			.containsExactly(Kind.ENTERPRISE, Scale.SMALL, CreditClass.A);
		assertThat(SubjectRow.of(2, "x", "n", "企业", "", "", "", "餐饮", "小型", "", "D类").read().subject().creditClass())
			.isEqualTo(CreditClass.D);
		assertThat(SubjectRow.of(2, "x", "n", "企业", "", "", "", "餐饮", "小型", "", " ").read().subject().creditClass()).isNull();
	}

	@Test
	void cellsThatSayNothingTheirColumnAsksForAreNamedWithRowAndColumn() {
		SubjectRow.Read read = SubjectRow.of(12, "x", "n", "超市", "", "一一七", "39.1", "餐饮", "特大", "", "E").read();

		assertThat(read.problems()).extracting(RowError::row).containsOnly(12);
		assertThat(read.problems()).extracting(RowError::column).containsExactly("类型", "规模", "信用风险分类", "经度");
		assertThat(read.problems().get(0).message()).contains("超市", "企业、个体工商户、其他组织");
		assertThat(read.problems().get(1).message()).contains("大型、中型、小型、微型");
		assertThat(read.problems().get(3).message()).contains("不是数字");
	}

	@Test
	void aRowWithoutTextIsBlank() {
		assertThat(new SubjectRow(3, Map.of(SubjectColumn.NAME, " ", SubjectColumn.TAGS, "")).blank()).isTrue();
		assertThat(SubjectRow.of(3, "", "名称").blank()).isFalse();
	}

	@Test
	void headersAreFoundWithOrWithoutFullWidthBracketsAndSpaces() {
		assertThat(SubjectColumn.ofHeader("标签（以、分隔）")).contains(SubjectColumn.TAGS);
		assertThat(SubjectColumn.ofHeader("标签")).contains(SubjectColumn.TAGS);
		assertThat(SubjectColumn.ofHeader(" 统一社会信用代码 ")).contains(SubjectColumn.CREDIT_CODE);
		assertThat(SubjectColumn.ofHeader("备注")).isEmpty();
	}
}
