package org.zhili.inspection.internal.subjects;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.support.Api;
import org.zhili.support.Workbooks;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's Excel import as a department uses it: the template downloaded, a good file imported (known codes
 * updated, their class changes recorded), a bad one refused whole with every wrong row listed, a large one in seconds.
 */
@ZhiliIntegrationTest
class SubjectImportIT {

	static final String IMPORT = "/api/v1/inspection/subjects/import";

	@Autowired
	Api api;

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcClient jdbc;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Api.Response upload(byte[] workbook) {
		return parsed(api.upload(IMPORT, "shichang", "检查对象.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
	}

	/** An upload's answer with its JSON body read (the support's upload leaves it as text). */
	static Api.Response parsed(Api.Response r) {
		return new Api.Response(r.status(), r.body(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r.raw());
	}

	@Test
	void theTemplateHasTheChineseHeaders() throws Exception {
		HttpResponse<byte[]> r = Workbooks.download(api, "/api/v1/inspection/subjects/template", "gulou");

		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		assertThat(Workbooks.rows(r.body(), "检查对象").get(0)).containsExactlyElementsOf(SubjectWorkbooks.HEADERS);
		assertThat(Workbooks.rows(r.body(), "填写说明")).hasSizeGreaterThan(10);
	}

	@Test
	void aGoodWorkbookAddsNewCodesAndUpdatesKnownOnes() {
		String known = CreditCodes.next();
		assertThat(api.post(SubjectApiIT.API, SubjectApiIT.subject(known, "天津导入旧名有限公司"), "shichang").status()).isEqualTo(201);
		String first = CreditCodes.next();
		String second = CreditCodes.next();

		Api.Response r = upload(SubjectWorkbooks.of(List.of(
				List.of(first, "南开区导入测试面馆", "个体工商户", "南开区长虹街道1号", "117.165", "39.1", "餐饮", "微型", "重点监管、学校周边", "A"),
				List.of(second, "天津导入测试大药房有限公司", "企业", "", "", "", "药品零售", "小型", "", ""),
				List.of(known, "天津导入新名有限公司", "企业", "南开区某路2号", "117.165", "39.1", "餐饮", "中型", "", "C类"))));

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("rows").asInt()).isEqualTo(3);
		assertThat(r.json().get("added").asInt()).isEqualTo(2);
		assertThat(r.json().get("updated").asInt()).isEqualTo(1);
		Subjects.Subject noodles = subjects.byCreditCode(first).orElseThrow();
		assertThat(noodles.kind()).isEqualTo(Subjects.Kind.INDIVIDUAL);
		assertThat(noodles.tags()).containsExactly("重点监管", "学校周边");
		assertThat(noodles.creditClass()).isEqualTo(CreditClass.A);
		assertThat(noodles.streetCode()).isNotNull();
		Subjects.Subject pharmacy = subjects.byCreditCode(second).orElseThrow();
		assertThat(pharmacy.creditClass()).as("no class: B").isEqualTo(CreditClass.B);
		assertThat(pharmacy.lng()).isNull();
		Subjects.Subject renamed = subjects.byCreditCode(known).orElseThrow();
		assertThat(renamed.name()).isEqualTo("天津导入新名有限公司");
		assertThat(renamed.scale()).isEqualTo(Subjects.Scale.MEDIUM);
		assertThat(subjects.creditHistory(renamed.id())).singleElement()
			.satisfies(c -> {
				assertThat(c.from()).isEqualTo(CreditClass.B);
				assertThat(c.to()).isEqualTo(CreditClass.C);
				assertThat(c.rule()).isEqualTo("IMPORT");
				assertThat(c.by()).isEqualTo("shichang");
			});
	}

	@Test
	void aBadWorkbookIsRefusedWholeWithEveryWrongRowReported() {
		String good = CreditCodes.next();
		String twice = CreditCodes.next();
		String bad = CreditCodes.broken(CreditCodes.next());

		Api.Response r = upload(SubjectWorkbooks.of(List.of(
				List.of(good, "南开区整体拒绝测试甲店", "个体工商户", "", "", "", "餐饮", "微型", "", ""),
				List.of(bad, "南开区整体拒绝测试乙店", "个体工商户", "", "", "", "餐饮", "微型", "", ""),
				List.of(twice, "", "商店", "", "117.3", "39.1", "餐饮", "微型", "", "B"),
				List.of(twice, "南开区整体拒绝测试丁店", "个体工商户", "", "", "", "", "微型", "", "Z"))));

		assertThat(r.status()).as(r.body()).isEqualTo(422);
		JsonNode problem = r.json();
		assertThat(problem.get("code").asString()).isEqualTo("import_rejected");
		JsonNode report = problem.get("report");
		assertThat(report.get("rows").asInt()).isEqualTo(4);
		assertThat(report.get("rowsWithErrors").asInt()).isEqualTo(3);
		List<String> errors = new ArrayList<>();
		report.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asString()));
		assertThat(errors).containsExactly("3 统一社会信用代码", "4 名称", "4 类型", "4 经度", "5 统一社会信用代码", "5 行业",
				"5 信用风险分类");
		assertThat(report.get("errors").get(0).get("message").asString()).contains("校验位不符");
		assertThat(report.get("errors").get(4).get("message").asString()).isEqualTo("统一社会信用代码与第 4 行重复");
		assertThat(subjects.byCreditCode(good)).as("nothing written").isEmpty();
		assertThat(subjects.byCreditCode(twice)).isEmpty();
	}

	@Test
	void aWorkbookWithoutTheTemplatesColumnsOrNotAWorkbookAtAllIsRefused() {
		Api.Response columns = upload(SubjectWorkbooks.of(List.of("名称", "行业"), List.of(List.of("某店", "餐饮"))));
		assertThat(columns.status()).isEqualTo(422);
		assertThat(columns.json().get("report").get("errors").valueStream().map(e -> e.get("column").asString()))
			.containsExactly("统一社会信用代码", "类型", "规模");

		Api.Response text = parsed(api.upload(IMPORT, "shichang", "x.xlsx", "application/octet-stream", "不是表格".getBytes()));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

		assertThat(api.upload(IMPORT, "gulou", "x.xlsx", "application/octet-stream", SubjectWorkbooks.of(List.of())).status())
			.as("a street views the library but does not keep it").isEqualTo(403);
	}

	@Test
	void tenThousandRowsImportInAFewSeconds() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			rows.add(List.of(CreditCodes.next(), "南开区批量导入测试第" + i + "号店", i % 3 == 0 ? "企业" : "个体工商户", "南开区某路" + i + "号",
					"117.165", "39.1", "批量导入测试", "微型", i % 20 == 0 ? "重点监管" : "", "ABCD".substring(i % 4, i % 4 + 1)));
		}
		byte[] workbook = SubjectWorkbooks.of(rows);

		long started = System.nanoTime();
		Api.Response r = upload(workbook);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("added").asInt()).isEqualTo(10_000);
		assertThat(millis).as("10,000 rows in %d ms", millis).isLessThan(8_000);
		assertThat(jdbc.sql("select count(*) from inspection.subject where industry = '批量导入测试'").query(Long.class).single())
			.isEqualTo(10_000);
		assertThat(subjects.matching(new Subjects.Filter(List.of("批量导入测试"), List.of(), List.of("重点监管"), java.util.Set.of(), null)))
			.hasSize(500);
	}
}
