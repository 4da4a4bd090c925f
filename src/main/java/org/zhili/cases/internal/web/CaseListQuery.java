package org.zhili.cases.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.Light;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.stats.Counted;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.cases.internal.views.CaseFilter;

/**
 * The query of {@code GET /api/v1/cases}: the filters, the order and the page, bound from the query string. A value
 * of the wrong type or out of range is a 400 naming the parameter.
 */
record CaseListQuery(List<CaseState> state, Light light, CaseType type, Channel channel,
		@Size(max = 16) String category, @Size(max = 32) String street,
		@Parameter(description = "社区或网格代码：位于其中的工单") @Size(max = 32) String place, @Size(max = 32) String leadUnit,
		@Parameter(description = "本单位正在办理（主办、协办或被召集未报到）的单位代码") @Size(max = 32) String involvedUnit,
		Boolean supervised, Boolean pending, Satisfaction satisfaction, Boolean redispatched,
		@Parameter(description = "是否被退单过（退单获批至少一次）") Boolean returned, @Size(max = 100) String q,
		Instant from, Instant to, CaseFilter.Sort sort, @Min(0) Integer page, @Min(1) @Max(200) Integer size,
		@Parameter(description = "统计口径：有该计数事件的工单（如 DISPATCHED 派单、ACCEPTED_ON_TIME 按时签收、RATED 回访评价），"
				+ "与 /api/v1/stats 的计数一一对应") Counter event,
		@Parameter(description = "计数所属单位代码（可重复）；不填为全区") @Size(max = 50) List<@Size(max = 32) String> eventUnit,
		@Parameter(description = "计数事件发生日起（含，北京时间）") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventFrom,
		@Parameter(description = "计数事件发生日止（含，北京时间）") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventTo) {

	static final int DEFAULT_SIZE = 50;

	CaseFilter filter() {
		return new CaseFilter(state, light, type, channel, category, street, place, leadUnit, involvedUnit, supervised, pending,
				satisfaction, redispatched, returned, q, from, to, sort == null ? CaseFilter.Sort.NEWEST : sort,
				Counted.of(event, eventUnit, eventFrom, eventTo));
	}

	int pageIndex() {
		return page == null ? 0 : page;
	}

	int pageSize() {
		return size == null ? DEFAULT_SIZE : size;
	}
}
