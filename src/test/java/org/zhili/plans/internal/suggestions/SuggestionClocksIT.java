package org.zhili.plans.internal.suggestions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.process.Clocks;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A suggestion's answer runs on a clock: the lead unit is warned before it runs out and told once when it has. */
@ZhiliIntegrationTest
class SuggestionClocksIT {

	static final String GULOU = "120104002000";

	@Autowired
	Api api;

	@Autowired
	Clocks clocks;

	@Autowired
	MovableClock clock;

	@Test
	void anAnswerNotGivenInTimeIsToldToTheLeadUnitOnceAndAnAnswerStopsTheClock() {
		api.token("gulou");
		String number = "CLK-" + UUID.randomUUID().toString().substring(0, 8);
		long late = suggestion(number + "-a");
		long answered = suggestion(number + "-b");
		assertThat(clocks.find(Clocks.Key.of("suggestion", late, "answer"))).isPresent();
		assertThat(api.post("/api/v1/suggestions/" + answered + "/reply",
				Map.of("reply", "已增设路灯12盏", "grade", "A", "met", true), "gulou").status()).isEqualTo(200);

		clock.advance(Duration.ofDays(100)); // past the three months
		clocks.fireDue("suggestion");
		clocks.fireDue("suggestion");
		clock.reset();

		List<String> told = api.get("/api/v1/inbox?loop=suggestion", "gulou").json().valueStream()
			.map(m -> m.get("message").asString())
			.filter(m -> m.contains(number))
			.toList();
		assertThat(told).filteredOn(m -> m.startsWith("答复已超期")).containsExactly("答复已超期：关于增设路灯的建议" + number + "-a");
		assertThat(told).noneMatch(m -> m.contains(number + "-b") && m.startsWith("答复已超期"));
	}

	private long suggestion(String number) {
		long id = api.post("/api/v1/suggestions", Map.of("kind", "CPPCC", "number", number, "title", "关于增设路灯的建议" + number,
				"content", "建议在鼓楼街道背街小巷增设路灯", "submitters", "刘委员", "session", "区政协十五届四次会议"), "supervisor")
			.json().get("id").asLong();
		assertThat(api.post("/api/v1/suggestions/" + id + "/assign", Map.of("leadUnit", GULOU), "supervisor").status())
			.isEqualTo(200);
		return id;
	}
}
