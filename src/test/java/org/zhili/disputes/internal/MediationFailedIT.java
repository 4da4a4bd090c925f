package org.zhili.disputes.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.MediationFailed;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Role;
import org.zhili.org.AddressKey;
import org.zhili.org.OrgUnits;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The early warning hears of a mediation that ended without agreement — and not of one that ended in agreement. */
@ZhiliIntegrationTest
@RecordApplicationEvents
class MediationFailedIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	DisputeSteps steps;

	@Autowired
	OrgUnits units;

	@Autowired
	FieldCipher cipher;

	@Autowired
	ApplicationEvents events;

	@Test
	void aFailedOrTerminatedMediationIsToldWithTheBuildingAndThePartiesPhones() {
		Actor mediator = new Actor(null, "tiaojie2", Set.of(Role.MEDIATOR), units.find(CHANGHONG).orElseThrow().scope());
		long failed = accepted("13900002020");
		long terminated = accepted("13900002121");
		long agreed = accepted("13900002222");

		steps.fail(failed, Disputes.Referral.COURT, "被申请人拒绝调解方案", mediator);
		steps.terminate(terminated, "被申请人明确拒绝继续调解", mediator);
		steps.agree(agreed, "被申请人清理楼道堆物", java.time.LocalDate.now(org.zhili.platform.ChinaTime.ZONE).plusDays(3), null, mediator);

		List<MediationFailed> told = events.stream(MediationFailed.class).toList();
		assertThat(told).extracting(MediationFailed::disputeId).containsExactly(failed, terminated);
		MediationFailed first = told.get(0);
		assertThat(first.streetCode()).isEqualTo(CHANGHONG);
		assertThat(first.addressKey()).isEqualTo(AddressKey.of("长虹街道鞍山西道201号5号楼1门101"));
		assertThat(first.phoneIndexes()).contains(cipher.blindIndex("13900002020"), cipher.blindIndex("13700000001"));
		assertThat(first.reference()).startsWith("MT");
	}

	private long accepted(String phone) {
		Api.Response r = api.post("/api/v1/disputes", Map.of("typeCode", "NEIGHBOUR", "title", "楼道堆物纠纷", "description",
				"被申请人在楼道堆放杂物。", "risk", "LOW", "address", "长虹街道鞍山西道201号5号楼1门101", "streetCode", CHANGHONG,
				"parties", List.of(Map.of("role", "APPLICANT", "name", "赵一", "phone", phone),
						Map.of("role", "RESPONDENT", "name", "钱二", "phone", "13700000001"))), "tiaojie2");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().get("id").asLong();
		assertThat(api.post("/api/v1/disputes/" + id + "/accept", Map.of(), "tiaojie2").status()).isEqualTo(200);
		return id;
	}
}
