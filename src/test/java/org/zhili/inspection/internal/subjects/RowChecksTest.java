package org.zhili.inspection.internal.subjects;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.inspection.Subjects.RowError;
import org.zhili.inspection.Subjects.Scale;
import org.zhili.inspection.internal.subjects.RowChecks.Candidate;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.support.Districts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of an import checked before anything is written: every problem of every row, named by row and column
 * header, including codes repeated in the file. The district is a box around Nankai here (the real geography is in
 * the import's integration test).
 */
class RowChecksTest {

	/** Inside 117.10–117.20, 39.05–39.16: a street, community and grid; outside: nowhere. */
	private static final Locator BOX = new Locator() {
		@Override
		public Optional<Location> locate(double lng, double lat) {
			if (lng < 117.10 || lng > 117.20 || lat < 39.05 || lat > 39.16) {
				return Optional.empty();
			}
			return Optional.of(new Location(new Location.Place("120104", "南开区"),
					new Location.Place("120104001000", "长虹街道"), new Location.Place("120104001001", "光明路社区"),
					new Location.Place("120104001001001", "光明路第一网格")));
		}

		@Override
		public List<String> communitiesNear(double lng, double lat, double metres) {
			return List.of();
		}

		@Override
		public Optional<Extent> extent(String code) {
			return Optional.empty();
		}
	};

	private final SubjectChecks subjectChecks = new SubjectChecks(BOX, Districts.NANKAI);
	private final RowChecks checks = new RowChecks(subjectChecks);

	@Test
	void aGoodRowIsLocatedAndStoredNormalised() {
		String code = CreditCodes.next();
		SubjectChecks.Checked c = subjectChecks.check(new NewSubject(code.toLowerCase() + " ", " 天津鸿运餐饮管理有限公司 ",
				Kind.ENTERPRISE, null, 117.15, 39.12, "餐饮", Scale.SMALL, List.of("重点监管", " 重点监管 ", ""), null));

		assertThat(c.problems()).isEmpty();
		assertThat(c.subject().creditCode()).isEqualTo(code);
		assertThat(c.subject().name()).isEqualTo("天津鸿运餐饮管理有限公司");
		assertThat(c.subject().tags()).containsExactly("重点监管");
		assertThat(c.location().street().code()).isEqualTo("120104001000");
		assertThat(c.location().grid().code()).isEqualTo("120104001001001");
	}

	@Test
	void everyProblemOfEveryRowIsReportedInRowAndColumnOrder() {
		String good = CreditCodes.next();
		String bad = CreditCodes.broken(CreditCodes.next());
		List<Candidate> rows = List.of(
				Candidate.of(SubjectRow.of(2, good, "南开区和顺面馆", "个体工商户", "", "117.15", "39.12", "餐饮", "微型", "", "B")),
				Candidate.of(SubjectRow.of(3, bad, "", "企业", "", "", "", "餐饮", "小型", "", "")),
				Candidate.of(SubjectRow.of(4, CreditCodes.next(), "天津某公司", "超市", "", "116.40", "39.90", "", "小型", "", "A")),
				Candidate.of(SubjectRow.of(5, good.toLowerCase(), "南开区和顺面馆二店", "个体工商户", "", "", "", "餐饮", "微型", "", "")),
				Candidate.of(SubjectRow.of(6, CreditCodes.next(), "某店", "企业", "", "117.15", "", "餐饮", "小型", "", "")));

		RowChecks.Outcome outcome = checks.check(rows);

		assertThat(outcome.errors()).extracting(e -> e.row() + " " + e.column()).containsExactly(
				"3 统一社会信用代码", "3 名称",
				"4 类型", "4 经度", "4 行业",
				"5 统一社会信用代码",
				"6 纬度");
		assertThat(outcome.rowsWithErrors()).isEqualTo(4);
		assertThat(message(outcome, 3, "统一社会信用代码")).contains("校验位不符");
		assertThat(message(outcome, 3, "名称")).isEqualTo("请填写名称");
		assertThat(message(outcome, 4, "经度")).contains("不在南开区范围内");
		assertThat(message(outcome, 5, "统一社会信用代码")).isEqualTo("统一社会信用代码与第 2 行重复");
		assertThat(message(outcome, 6, "纬度")).isEqualTo("经度和纬度须同时填写");
	}

	@Test
	void aMissingTypeOrScaleIsReportedOnceWhetherBlankOrUnknown() {
		RowChecks.Outcome outcome = checks.check(List.of(
				Candidate.of(SubjectRow.of(2, CreditCodes.next(), "甲", "", "", "", "", "餐饮", "", "", "")),
				Candidate.of(SubjectRow.of(3, CreditCodes.next(), "乙", "公司", "", "", "", "餐饮", "巨型", "", ""))));

		assertThat(outcome.errors()).extracting(e -> e.row() + " " + e.column())
			.containsExactly("2 类型", "2 规模", "3 类型", "3 规模");
		assertThat(message(outcome, 2, "类型")).startsWith("请填写类型");
		assertThat(message(outcome, 3, "类型")).contains("“公司”不存在");
	}

	private static String message(RowChecks.Outcome outcome, int row, String column) {
		return outcome.errors().stream().filter(e -> e.row() == row && e.column().equals(column)).map(RowError::message)
			.findFirst().orElseThrow();
	}
}
