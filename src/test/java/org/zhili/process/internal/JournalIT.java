package org.zhili.process.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's 全过程记录: steps read back oldest first, with unit names and the light of the item's clock then. */
@ZhiliIntegrationTest
class JournalIT {

	static final String LOOP = "journal-test";
	static final String CHANGHONG = "120104001000";
	private static final AtomicLong ITEMS = new AtomicLong(System.nanoTime());
	private static final Instant MONDAY = LocalDateTime.of(2025, 11, 3, 9, 0).atZone(ChinaTime.ZONE).toInstant();

	@Autowired
	Journal journal;

	@Autowired
	Clocks clocks;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Api api;

	@Test
	void stepsComeBackOldestFirstWithTheirUnitsNamed() {
		long item = ITEMS.incrementAndGet();
		long drawn = append(LOOP, item, "draw", "抽取", "operator", CHANGHONG, "随机抽取", MONDAY.plusSeconds(60));
		long checked = append(LOOP, item, "record", "记录检查", "changhong", "120104ZZZ", null, MONDAY.plusSeconds(120));
		long planned = append(LOOP, item, "plan", "制定计划", "system", null, null, MONDAY);
		assertThat(List.of(drawn, checked, planned)).doesNotHaveDuplicates();

		List<TimelineEntry> timeline = journal.timeline(LOOP, item);
		assertThat(timeline).extracting(TimelineEntry::action).containsExactly("plan", "draw", "record");
		TimelineEntry draw = timeline.get(1);
		assertThat(draw.at()).isEqualTo(MONDAY.plusSeconds(60));
		assertThat(draw.actionLabel()).isEqualTo("抽取");
		assertThat(draw.actor()).isEqualTo("operator");
		assertThat(draw.unitCode()).isEqualTo(CHANGHONG);
		assertThat(draw.unitName()).isEqualTo("长虹街道");
		assertThat(draw.note()).isEqualTo("随机抽取");
		assertThat(timeline.get(2).unitName()).as("a code the directory does not know").isEqualTo("120104ZZZ");
		assertThat(timeline.get(0).unitName()).isNull();
		assertThat(timeline).extracting(TimelineEntry::clockState).containsOnlyNulls();

		long other = ITEMS.incrementAndGet(), empty = ITEMS.incrementAndGet();
		append(LOOP, other, "draw", "抽取", "operator", null, null, MONDAY);
		append("journal-other-loop", item, "draw", "抽取", "operator", null, null, MONDAY);
		Map<Long, List<TimelineEntry>> timelines = journal.timelines(LOOP, List.of(item, other, empty));
		assertThat(timelines.get(item)).isEqualTo(timeline);
		assertThat(timelines.get(other)).extracting(TimelineEntry::action).containsExactly("draw");
		assertThat(timelines.get(empty)).isEmpty();
	}

	@Test
	void aStepCarriesTheLightItsItemsClockShowedAtItsTime() {
		long item = ITEMS.incrementAndGet();
		Clocks.Key key = Clocks.Key.of(LOOP, item, "rectify");
		Deadline deadline = in(() -> clocks.start(key, MONDAY, TimeLimit.workingDays(2)));

		append(LOOP, item, "before", "开始前", "system", null, null, MONDAY.minusSeconds(1));
		append(LOOP, item, "early", "早", "system", null, null, MONDAY.plusSeconds(1));
		append(LOOP, item, "late", "晚", "system", null, null, deadline.due().plusSeconds(1));
		in(() -> {
			clocks.stop(key, deadline.due().plus(Duration.ofHours(1)));
			return null;
		});
		append(LOOP, item, "after", "停止后", "system", null, null, deadline.due().plus(Duration.ofHours(2)));

		assertThat(journal.timeline(LOOP, item)).extracting(e -> e.action() + "/" + e.clockState())
			.containsExactly("before/null", "early/正常", "late/超期", "after/null");
	}

	@Test
	void theLightTurnsYellowWhenTheLoopsWarningIsDue() {
		// a case's clocks warn when its light turns yellow: the kit's light uses the same moment
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		long caseId = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "楼道堆物" + UUID.randomUUID(), "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "李四", "phone", "13700001111"))).get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		Deadline accept = clocks.find(Clocks.Key.of("case", caseId, "accept")).orElseThrow().deadline();

		append("case", caseId, "t1", "刚派单", "system", null, null, accept.start().plusSeconds(1));
		append("case", caseId, "t2", "将到期", "system", null, null, accept.due().minusSeconds(1));
		append("case", caseId, "t3", "已超期", "system", null, null, accept.due().plusSeconds(1));

		assertThat(journal.timeline("case", caseId)).extracting(TimelineEntry::clockState)
			.containsExactly("正常", "临期", "超期");
	}

	private long append(String loop, long item, String action, String label, String actor, String unit, String note,
			Instant at) {
		return in(() -> journal.append(new Journal.Step(loop, item, action, label, actor, unit, note, at)));
	}

	private <T> T in(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}
}
