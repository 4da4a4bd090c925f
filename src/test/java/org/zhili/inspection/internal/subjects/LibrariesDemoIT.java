package org.zhili.inspection.internal.subjects;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.CreditCode;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.Matters;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's libraries (DemoInspectionLibraries) on the shared context's first start: enough subjects, inspectors and
 * matters to draw from, with the shape the demo promises. Only demo rows are counted (their organisation codes start
 * with MA, tests' with TT), so other tests adding to the libraries change nothing here.
 */
@ZhiliIntegrationTest
class LibrariesDemoIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inspectors inspectors;

	@Autowired
	Matters matters;

	@Test
	void atLeastTwoThousandValidSubjectsInTheDistrictWithTheClassesMixed() {
		List<String> codes = jdbc.sql("select credit_code from inspection.subject where substr(credit_code, 9, 2) = 'MA'")
			.query(String.class).list();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(2_000).allMatch(CreditCode::valid).allMatch(c -> c.startsWith("120104", 2));

		Map<String, Integer> classes = new HashMap<>();
		jdbc.sql("select credit_class, count(*) from inspection.subject where substr(credit_code, 9, 2) = 'MA' group by credit_class")
			.query((rs, n) -> classes.put(rs.getString(1), rs.getInt(2))).list();
		int total = codes.size();
		assertThat(classes.get("A") * 100.0 / total).isBetween(15.0, 25.0);
		assertThat(classes.get("B") * 100.0 / total).isBetween(48.0, 62.0);
		assertThat(classes.get("C") * 100.0 / total).isBetween(15.0, 25.0);
		assertThat(classes.get("D") * 100.0 / total).isBetween(2.5, 8.0);
		long located = jdbc.sql("""
				select count(*) from inspection.subject
				where substr(credit_code, 9, 2) = 'MA' and street_code is not null and community_code is not null""")
			.query(Long.class).single();
		assertThat(located).isEqualTo(total);
		long keyWatched = jdbc.sql("select count(*) from inspection.subject where substr(credit_code, 9, 2) = 'MA' and '重点监管' = any (tags)")
			.query(Long.class).single();
		assertThat(keyWatched * 100.0 / total).isBetween(3.0, 8.0);
		assertThat(jdbc.sql("select count(distinct industry) from inspection.subject where substr(credit_code, 9, 2) = 'MA'")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(10);
		assertThat(jdbc.sql("select count(*) from inspection.credit_change where rule = 'MONTHLY'").query(Long.class).single())
			.as("some subjects' pages show a history").isGreaterThan(20);
	}

	@Test
	void sixtyInspectorsInSixDepartmentsSomeLicencesExpiringAndConflictsDeclared() {
		List<Map<String, Object>> demo = jdbc.sql("""
				select department_code, licence_expires, username from inspection.inspector where licence_number like '120104%'""")
			.query().listOfRows();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(60);
		assertThat(demo.stream().map(r -> r.get("department_code")).distinct().count()).isGreaterThanOrEqualTo(6);
		assertThat(demo.stream().filter(r -> "120104SCJ".equals(r.get("department_code"))).count())
			.as("市场监管 the largest").isGreaterThan(demo.size() / 4);
		assertThat(demo).allMatch(r -> r.get("username") != null);
		LocalDate today = LocalDate.now(org.zhili.platform.ChinaTime.ZONE);
		long expired = demo.stream().filter(r -> ((java.sql.Date) r.get("licence_expires")).toLocalDate().isBefore(today)).count();
		long expiring = demo.stream().map(r -> ((java.sql.Date) r.get("licence_expires")).toLocalDate())
			.filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(30))).count();
		assertThat(expired).isEqualTo(1);
		assertThat(expiring).isBetween(2L, 6L);
		assertThat(jdbc.sql("select count(*) from inspection.inspector_conflict c join inspection.inspector i on i.id = c.inspector_id "
				+ "where i.licence_number like '120104%'").query(Long.class).single()).isBetween(8L, 12L);

		Inspectors.Inspector mine = inspectors.byUsername("inspector").orElseThrow();
		assertThat(mine.name()).isEqualTo("马俊杰");
		assertThat(mine.departmentCode()).isEqualTo("120104SCJ");
		assertThat(inspectors.byUsername("inspector2")).isPresent();
	}

	@Test
	void fifteenMattersWithTheirLegalBasesAndEveryDepartmentWithStaffHasSome() {
		List<Matters.Matter> all = matters.list(null).stream().filter(m -> !m.code().startsWith("IT-")).toList();
		assertThat(all).hasSizeGreaterThanOrEqualTo(15);
		assertThat(all).allMatch(m -> m.legalBasis().contains("《") && !m.checklist().isEmpty());
		assertThat(all).anyMatch(m -> m.legalBasis().contains("《中华人民共和国食品安全法》第八十七条"));
		assertThat(all).anyMatch(m -> m.legalBasis().contains("《中华人民共和国特种设备安全法》") && m.legalBasis().contains("第五十七条"));
		assertThat(all.stream().map(Matters.Matter::departmentCode).distinct().count()).isGreaterThanOrEqualTo(6);
		assertThat(matters.list("120104SCJ")).anyMatch(m -> m.industries().contains("餐饮") && m.keyMatter());
		assertThat(matters.list("120104WJW")).isNotEmpty();
	}
}
