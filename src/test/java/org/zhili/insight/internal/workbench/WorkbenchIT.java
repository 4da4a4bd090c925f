package org.zhili.insight.internal.workbench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The 工作台 of each role on the demo district: what waits, counted as the lists it links to count it. */
@ZhiliIntegrationTest
class WorkbenchIT {

	static final String OPEN = "state=REGISTERED&state=DISPATCHED&state=HANDLING&state=SUSPENDED&state=REPLIED"
			+ "&state=CALLBACK&state=RATED";

	@Autowired
	Api api;

	@Test
	void aDepartmentSeesItsOpenCasesWithTheirLightsItsPlanTasksAndItsFiguresBesideTheDistrict() {
		String page = api.get("/", "chengguan").body();
		long open = api.get("/api/v1/cases?involvedUnit=120104CGW&" + OPEN, "chengguan").json().get("total").asLong();
		long red = api.get("/api/v1/cases?involvedUnit=120104CGW&light=RED&" + OPEN, "chengguan").json().get("total").asLong();
		assertThat(open).isPositive();
		assertThat(count(page, "/cases/mine")).isEqualTo(open);
		if (red > 0) {
			assertThat(page).contains("超期 " + red, "/cases/mine?light=RED");
		}
		assertThat(page).contains("本单位在办工单", "本单位未完成的计划任务", "/plans/mine");
		assertThat(page).contains("南开区城市管理委员会 · ", "全区本月", "综合成绩", "解决率（%）");
		assertThat(page).contains("id=\"home-cards\"");
	}

	@Test
	void theCommandCentreSeesItsQueuesAndTheSupervisionOfficeItsOrdersAwaitingAnswers() {
		String dispatcher = api.get("/", "dispatcher").body();
		long fresh = api.get("/api/v1/cases?state=REGISTERED&returned=false", "dispatcher").json().get("total").asLong();
		if (fresh > 0) {
			assertThat(count(dispatcher, "/cases/dispatch?tab=NEW")).isEqualTo(fresh);
		}
		assertThat(dispatcher).contains("/cases/dispatch?tab=");

		String office = api.get("/", "supervisor").body();
		long open = api.get("/api/v1/supervisions?state=OPEN&limit=500", "supervisor").json().size();
		if (open > 0 && open < 500) {
			assertThat(office).contains("待单位回复的督办");
			assertThat(count(office, "/supervisions")).isEqualTo(open);
		}

		String leader = api.get("/", "leader").body();
		assertThat(leader).contains("南开区 · ", "/lagging", "/topics").doesNotContain("全区本月");
	}

	@Test
	void aGridWorkerSeesTheVisitsDueAndAStreetTheProblemsItMustRectify() {
		long visits = api.get("/api/v1/urban/grids/visits/today", "guangminglu").json().valueStream()
			.filter(v -> v.get("visitedAt").isNull())
			.count();
		String worker = api.get("/", "guangminglu").body();
		if (visits > 0) {
			assertThat(worker).contains("今日待走访");
			assertThat(count(worker, "/urban/visits")).isEqualTo(visits);
		}
		else {
			assertThat(worker).doesNotContain("今日待走访");
		}

		long rectify = api.get("/api/v1/inspection/rectifications?state=OPEN&limit=2000", "changhong").json().valueStream()
			.filter(r -> r.get("rectification").get("unitCode").asString().equals("120104001000"))
			.count();
		String street = api.get("/", "changhong").body();
		if (rectify > 0) {
			assertThat(count(street, "/inspection/rectifications?state=OPEN")).isEqualTo(rectify);
		}
		assertThat(street).contains("长虹街道 · ", "全区本月");
	}

	@Test
	void anAdministratorHasNothingWaitingAndNoFigures() {
		String admin = api.get("/", "secadmin").body();
		assertThat(admin).contains("暂无待办事项").doesNotContain("bench-figures");
	}

	/** The number on the card that links to {@code link}. */
	static long count(String page, String link) {
		Matcher m = Pattern.compile("href=\"" + Pattern.quote(link.replace("&", "&amp;")) + "\"[^>]*>(\\d+)</a>").matcher(page);
		assertThat(m.find()).as("a count linking to " + link).isTrue();
		return Long.parseLong(m.group(1));
	}
}
