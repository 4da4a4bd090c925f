package org.zhili.inspection.internal.subjects;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.Subjects.Filter;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.inspection.Subjects.Scale;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Subjects} as the draw and the credit rules use it: the population a filter selects in id order, and credit
 * changes recorded once. Each test works in an industry of its own, so the demo's and other tests' subjects never match.
 */
@ZhiliIntegrationTest
class SubjectLibraryIT {

	@Autowired
	Subjects subjects;

	@Autowired
	OrgUnits units;

	@Autowired
	Locator locator;

	Actor department() {
		return new Actor(null, "shichang", Set.of(Role.DEPARTMENT_HANDLER), units.find("120104SCJ").orElseThrow().scope());
	}

	@Test
	void matchingSelectsByIndustryStreetTagClassAndKindInIdOrder() {
		String industry = "筛选测试" + System.nanoTime();
		String other = industry + "乙";
		String street = locator.locate(117.165, 39.10).orElseThrow().street().code();
		List<NewSubject> list = List.of(
				new NewSubject(CreditCodes.next(), "甲", Kind.ENTERPRISE, null, 117.165, 39.10, industry, Scale.SMALL, List.of("重点监管"), CreditClass.A),
				new NewSubject(CreditCodes.next(), "乙", Kind.INDIVIDUAL, null, 117.165, 39.10, industry, Scale.MICRO, List.of(), CreditClass.D),
				new NewSubject(CreditCodes.next(), "丙", Kind.INDIVIDUAL, null, null, null, industry, Scale.MICRO, List.of("学校周边", "重点监管"), CreditClass.B),
				new NewSubject(CreditCodes.next(), "丁", Kind.ENTERPRISE, null, 117.165, 39.10, other, Scale.SMALL, List.of(), CreditClass.D));
		subjects.importAll(list, department());

		assertThat(names(new Filter(List.of(industry), null, null, null, null))).containsExactly("甲", "乙", "丙");
		assertThat(names(new Filter(List.of(industry, other), List.of(), List.of(), Set.of(), null))).containsExactly("甲", "乙", "丙", "丁");
		assertThat(names(new Filter(List.of(industry, other), List.of(street), List.of(), Set.of(), null))).containsExactly("甲", "乙", "丁");
		assertThat(names(new Filter(List.of(industry, other), List.of(), List.of("重点监管"), Set.of(), null))).containsExactly("甲", "丙");
		assertThat(names(new Filter(List.of(industry, other), List.of(), List.of("学校周边", "无此标签"), Set.of(), null))).containsExactly("丙");
		assertThat(names(new Filter(List.of(industry, other), List.of(), List.of(), Set.of(CreditClass.D, CreditClass.B), null)))
			.containsExactly("乙", "丙", "丁");
		assertThat(names(new Filter(List.of(industry, other), List.of(), List.of(), Set.of(CreditClass.D), Kind.ENTERPRISE)))
			.containsExactly("丁");
		List<Subjects.Subject> all = subjects.matching(Filter.all());
		assertThat(all).extracting(Subjects.Subject::id).isSorted();
		assertThat(all).extracting(Subjects.Subject::name).contains("甲", "丁");
	}

	@Test
	void aCreditChangeIsRecordedOnceAndNothingHappensInTheSameClass() {
		String code = CreditCodes.next();
		subjects.importAll(List.of(new NewSubject(code, "天津信用变更测试有限公司", Kind.ENTERPRISE, null, null, null, "信用测试",
				Scale.SMALL, List.of(), null)), department());
		long id = subjects.byCreditCode(code).orElseThrow().id();
		Instant at = Instant.parse("2026-03-02T02:00:00Z");

		subjects.changeClass(id, CreditClass.C, "FINDING_RECTIFY", "抽查发现问题并责令整改", "inspection", 42L, "inspector", at);
		subjects.changeClass(id, CreditClass.C, "FINDING_RECTIFY", "抽查发现问题并责令整改", "inspection", 42L, "inspector", at);
		subjects.changeClass(id, CreditClass.C, "FINDING_RECTIFY", "已在该类别，不再记录", "inspection", 43L, "inspector", at);

		assertThat(subjects.creditHistory(id)).singleElement().satisfies(c -> {
			assertThat(c.from()).isEqualTo(CreditClass.B);
			assertThat(c.to()).isEqualTo(CreditClass.C);
			assertThat(c.sourceLoop()).isEqualTo("inspection");
			assertThat(c.sourceId()).isEqualTo(42L);
			assertThat(c.at()).isEqualTo(at);
		});
		Subjects.Subject s = subjects.find(id).orElseThrow();
		assertThat(s.creditClass()).isEqualTo(CreditClass.C);
		assertThat(s.creditSince()).isEqualTo(at);
		assertThatThrownBy(() -> subjects.changeClass(999_999_999L, CreditClass.C, "R", "r", null, null, "x", at))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("subject_not_found"));
	}

	private List<String> names(Filter filter) {
		return subjects.matching(filter).stream().map(Subjects.Subject::name).toList();
	}
}
