package org.zhili.routing.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseState;
import org.zhili.cases.CasesRegistered;
import org.zhili.cases.Channel;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What routing reads of a new case comes with its event, through the event publication registry (JSON), and an
 * event stored by an earlier version, without the text, is still read (routing then reads the case back).
 */
class RegistrationEventTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anEventCarriesTheTextAndPlaceThroughTheRegistry() {
		CaseRegistered sent = new CaseRegistered(7, "NK202612040007", null, "120104001000", Channel.HOTLINE, "路灯不亮",
				"小区门口的路灯坏了一个月", "120104001001", "120104001001001", 117.15, 39.12,
				Instant.parse("2026-12-04T08:00:00Z"), CaseState.REGISTERED, 1);
		CasesRegistered read = json.readValue(json.writeValueAsString(new CasesRegistered(List.of(sent))),
				CasesRegistered.class);
		assertThat(read.cases()).containsExactly(sent);
		assertThat(read.cases().get(0).withoutText()).isFalse();
		assertThat(sent.answeredOnTheSpot().state()).isEqualTo(CaseState.CLOSED);
	}

	@Test
	void anEventStoredByAnEarlierVersionIsStillRead() {
		CasesRegistered read = json.readValue("""
				{"cases":[{"caseId":1,"trackingNumber":"NK202612040001","categoryCode":null,"streetCode":null,
				"channel":"HOTLINE"}]}""", CasesRegistered.class);
		assertThat(read.cases().get(0).caseId()).isEqualTo(1);
		assertThat(read.cases().get(0).withoutText()).isTrue();
	}
}
