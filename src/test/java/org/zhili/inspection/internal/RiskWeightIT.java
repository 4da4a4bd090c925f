package org.zhili.inspection.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.subjects.CreditCodes;
import org.zhili.inspection.internal.draw.Candidate;
import org.zhili.inspection.internal.draw.DrawRecord;
import org.zhili.inspection.internal.draw.DrawRecords;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents' complaints raise a subject's weight in the next draw: two calls naming a shop, taken at the hotline,
 * give it 100 + 2 × 50 in the draw record, with the tracking numbers as the reason; a shop nobody complained about
 * keeps 100. The weight is in the public record anyone can check.
 */
@ZhiliIntegrationTest
class RiskWeightIT {

	@Autowired
	Api api;

	@Autowired
	Subjects subjects;

	@Test
	void complaintsNamingASubjectRaiseItsWeightInTheDrawRecord() {
		Subjects.Subject shop = subjects.register(new Subjects.NewSubject(CreditCodes.next(), "津南开测试风味餐馆" + UUID.randomUUID().toString().substring(0, 4),
				Subjects.Kind.INDIVIDUAL, "长虹街道测试路8号", 117.1496, 39.1392, "餐饮", Subjects.Scale.MICRO, List.of(),
				CreditClass.B), null);
		String first = complain("反映" + shop.name() + "后厨卫生差，餐具不洁。");
		String second = complain(shop.name() + "油烟直排，影响居民休息，请查处。");

		long plan = api.post("/api/v1/inspection/plans", Map.of("year", year(), "name", "加权测试计划 " + UUID.randomUUID()),
				"shichang").json().get("id").asLong();
		long matter = InspectionFixtures.matters(api, "120104SCJ").get(0).get("id").asLong();
		long task = api.post("/api/v1/inspection/plans/" + plan + "/tasks", DrawIT.task(List.of(matter), Map.of(), 2), "shichang")
			.json().get("id").asLong();
		long draw = api.post("/api/v1/inspection/tasks/" + task + "/draws", Map.of(), "shichang").json().get("id").asLong();
		assertThat(api.post("/api/v1/inspection/draws/" + draw + "/draw", Map.of(), "shichang").status()).isEqualTo(200);

		DrawRecord record = DrawRecords.recordFromJson(
				api.send("GET", "/api/v1/public/inspection/draws/" + draw + "/record", null, null).body());
		Candidate weighed = record.inputs().subjects().stream().filter(c -> c.subjectId() == shop.id()).findFirst().orElseThrow();
		assertThat(weighed.weight()).isEqualTo(200);
		assertThat(weighed.weightReason()).contains("2件", first, second);
		assertThat(record.inputs().subjects().stream().filter(c -> c.weightReason() == null))
			.allSatisfy(c -> assertThat(c.weight()).isEqualTo(100));
	}

	private String complain(String text) {
		Api.Response r = api.post("/api/v1/cases", Map.of("type", "COMPLAINT", "categoryCode", "C01", "description", text,
				"address", "长虹街道测试路8号", "location", Map.of("lng", 117.1496, "lat", 39.1392),
				"requester", Map.of("name", "王小明", "phone", "13912345678")), "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("trackingNumber").asString();
	}

	private static int year() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}
}
