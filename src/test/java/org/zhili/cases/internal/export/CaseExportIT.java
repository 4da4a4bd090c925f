package org.zhili.cases.internal.export;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.cases.internal.CasePagesIT;
import org.zhili.cases.internal.CasePlaces;
import org.zhili.org.Locator;
import org.zhili.support.Api;
import org.zhili.support.Workbooks;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 导出 Excel: the filtered list in a workbook POI opens, phones masked, each export in the audit trail. */
@ZhiliIntegrationTest
class CaseExportIT {


	@Autowired
	Api api;

	@Autowired
	Locator locator;

	@Test
	void anExportHoldsTheFilteredCasesWithMaskedPhonesAndIsAudited() throws Exception {
		String nonce = CasePagesIT.nonce();
		CasePlaces.Point changhong = CasePlaces.in(locator, CasePlaces.CHANGHONG);
		String first = CasePlaces.register(api, changhong, "导出路" + nonce + "号", "导出测试一", "13912345678").json()
			.get("trackingNumber").asString();
		String second = CasePlaces.register(api, changhong, "导出路" + nonce + "号", "导出测试二", "022-27351234").json()
			.get("trackingNumber").asString();
		String gulou = CasePlaces.register(api, CasePlaces.in(locator, CasePlaces.GULOU), "导出路" + nonce + "号",
				"导出测试三", "13700001111").json().get("trackingNumber").asString();

		HttpResponse<byte[]> export = download("/api/v1/cases/export.xlsx?q=" + nonce + "&sort=OLDEST", "dispatcher");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(CaseExportController.XLSX);
		assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
		assertThat(export.headers().firstValue("X-Export-Rows")).contains("3");
		assertThat(export.headers().firstValue("X-Export-Truncated")).contains("false");
		List<List<String>> rows = rows(export.body(), "工单");
		assertThat(rows.get(0)).containsExactlyElementsOf(CaseWorkbook.HEADERS);
		assertThat(rows).hasSize(4);
		int number = CaseWorkbook.HEADERS.indexOf("工单编号");
		int phone = CaseWorkbook.HEADERS.indexOf("联系电话");
		int name = CaseWorkbook.HEADERS.indexOf("诉求人");
		assertThat(rows.subList(1, 4).stream().map(r -> r.get(number))).containsExactly(first, second, gulou);
		assertThat(rows.get(1).get(phone)).isEqualTo("139****5678");
		assertThat(rows.get(2).get(phone)).isEqualTo("022-****1234");
		assertThat(rows.get(1).get(name)).isEqualTo("王**");
		assertThat(rows.toString()).doesNotContain("13912345678").doesNotContain("27351234").doesNotContain("王小明");
		assertThat(rows(export.body(), "说明").toString()).contains("工单数, 3").contains("已脱敏");

		JsonNode audit = api.get("/api/v1/audit/events?action=cases.export&actor=dispatcher&size=20", "auditor").json();
		assertThat(audit.toString()).contains("导出工单 3 件").contains("q=" + nonce);

		HttpResponse<byte[]> streetExport = download("/api/v1/cases/export.xlsx?q=" + nonce, "changhong");
		List<List<String>> streetRows = rows(streetExport.body(), "工单");
		assertThat(streetRows).hasSize(3);
		assertThat(streetRows.toString()).contains(first).contains(second).doesNotContain(gulou);

		assertThat(download("/api/v1/cases/export.xlsx?q=" + nonce, "operator").statusCode()).as("no CASE_EXPORT")
			.isEqualTo(403);
		assertThat(download("/api/v1/cases/export.xlsx?light=PURPLE", "dispatcher").statusCode()).isEqualTo(400);
	}

	private HttpResponse<byte[]> download(String path, String who) {
		return Workbooks.download(api, path, who);
	}

	private static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
		return Workbooks.rows(xlsx, sheetName);
	}

}
