package org.zhili.cases.history;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case from an older system is imported as it happened: its steps are played through the real workflow at their
 * past instants, a step the workflow forbids or one after "now" is refused, and the case then reads through the
 * API as if it had been handled here.
 */
@ZhiliIntegrationTest
class CaseHistoriesIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	CaseHistories histories;

	@Autowired
	OrgUnits units;

	@Autowired
	Locator locator;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Api api;

	@Test
	void aPastCaseIsPlayedThroughTheWorkflowAndReadsAsIfHandledHere() {
		OrgUnit district = units.district();
		OrgUnit street = units.find(CHANGHONG).orElseThrow();
		Actor operator = new Actor(null, "operator", Set.of(Role.OPERATOR), new DataScope(district.code(), district.path(), true));
		Actor dispatcher = new Actor(null, "dispatcher", Set.of(Role.DISPATCHER), new DataScope(district.code(), district.path(), true));
		Actor changhong = new Actor(null, "changhong", Set.of(Role.STREET_OFFICIAL), new DataScope(street.code(), street.path(), true));
		double[] point = new CasesThroughApi(api).pointIn("STREET", CHANGHONG);
		Location place = locator.locate(point[0], point[1]).orElseThrow();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant registered = now.minus(Duration.ofDays(3));
		String title = "旧系统工单 " + UUID.randomUUID();

		long id = transactions.execute(tx -> {
			CaseHistories.Import batch = histories.begin(1, now);
			CaseHistory h = batch.register(0, new PastCase(Channel.HOTLINE, CaseType.COMPLAINT, title,
					"小区楼道长期堆放杂物，存在消防隐患", "长虹街道某小区", point[0], point[1], place.street().code(),
					place.community() == null ? null : place.community().code(),
					place.grid() == null ? null : place.grid().code(), place.path(), "张三", "13700001111", false, false,
					false, "OLD_HOTLINE", "2026-000123", registered, operator, "C01", Urgency.ORDINARY, "123456"));
			h.step(registered.plus(Duration.ofMinutes(10)), dispatcher, CaseAction.DISPATCH, input(CHANGHONG, null, null));
			h.step(registered.plus(Duration.ofHours(1)), changhong, CaseAction.ACCEPT, ActionInput.NONE);
			h.step(registered.plus(Duration.ofHours(5)), changhong, CaseAction.REPLY,
					input(null, "已清理楼道杂物，并约谈物业加强巡查", ReplyResult.SOLVED));

			assertThatThrownBy(() -> h.step(registered.plus(Duration.ofHours(6)), changhong, CaseAction.ACCEPT, ActionInput.NONE))
				.as("a step the workflow does not allow in 待审核").isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> h.step(now.plus(Duration.ofHours(1)), dispatcher, CaseAction.REVIEW, ActionInput.NONE))
				.as("a step after now").isInstanceOf(CaseHistory.Later.class);
			assertThat(h.snapshot().state()).isEqualTo(CaseState.REPLIED);
			assertThat(h.stateAt(registered.plus(Duration.ofMinutes(30)))).isEqualTo(CaseState.DISPATCHED);
			h.finish();

			CaseHistories.Written written = histories.write(batch, (s, at, history) -> null);
			assertThat(written.cases()).isEqualTo(1);
			assertThat(written.open()).isEqualTo(1);
			return h.snapshot().id();
		});

		JsonNode kase = new CasesThroughApi(api).view(id, "dispatcher");
		assertThat(kase.get("title").asString()).isEqualTo(title);
		assertThat(kase.get("state").get("code").asString()).isEqualTo("REPLIED");
		assertThat(kase.get("timeline").valueStream().map(e -> e.get("action").asString()).toList())
			.containsExactly("register", "dispatch", "accept", "reply");
		assertThat(api.get("/api/v1/cases/" + id, "gulou").status()).as("outside another street's scope").isEqualTo(404);
	}

	private static ActionInput input(String unitCode, String note, ReplyResult result) {
		return new ActionInput(null, unitCode, null, null, null, null, note, null, null, result, null, null, null, null,
				null, null);
	}
}
