package org.zhili.cases.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.Channel;
import org.zhili.cases.Light;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.stats.Counted;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * The filters of a case list as query parameters, named exactly as those of {@code GET /api/v1/cases}, so
 * that a link such as {@code /cases?leadUnit=<street code>&from=…&to=…} shows the cases behind a figure and
 * the same query string exports them. {@code from} and {@code to} take an instant (as the API does) or a
 * date: {@code from} a day's start, {@code to} the end of that day (Beijing time).
 */
public record CaseListParams(List<CaseState> state, Light light, CaseType type, Channel channel, String category,
		String street, String place, String leadUnit, String involvedUnit, Boolean supervised, Boolean pending,
		Satisfaction satisfaction, Boolean redispatched, Boolean returned, String q, String from, String to,
		CaseFilter.Sort sort, Counter event, List<String> eventUnit, LocalDate eventFrom, LocalDate eventTo,
		Integer page, Integer size) {

	static final int DEFAULT_SIZE = 20;
	static final int MAX_SIZE = 200;

	static final CaseListParams NONE = new CaseListParams(null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null, null, null, null, null, null);

	/** The states a case can still be worked on in. */
	static final List<CaseState> OPEN = List.copyOf(CaseWorkflow.OPEN);

	public CaseFilter filter() {
		return new CaseFilter(state, light, type, channel, blankToNull(category), blankToNull(street),
				blankToNull(place), blankToNull(leadUnit), blankToNull(involvedUnit), supervised, pending, satisfaction, redispatched,
				returned, blankToNull(q), instant("from", from, false), instant("to", to, true),
				sort == null ? CaseFilter.Sort.NEWEST : sort, Counted.of(event, eventUnit, eventFrom, eventTo));
	}

	int pageIndex() {
		return page == null || page < 0 ? 0 : page;
	}

	int pageSize() {
		return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	// ---- the fixed criteria of a page --------------------------------------------------------------

	CaseListParams withStates(List<CaseState> states) {
		return with(d -> d.state = states);
	}

	/** Open cases only, unless a state was asked for. */
	CaseListParams openUnlessStated() {
		return state == null || state.isEmpty() ? withStates(OPEN) : this;
	}

	CaseListParams withLight(Light value) {
		return with(d -> d.light = value);
	}

	CaseListParams withInvolvedUnit(String unitCode) {
		return with(d -> d.involvedUnit = unitCode);
	}

	CaseListParams withSupervised(Boolean value) {
		return with(d -> d.supervised = value);
	}

	CaseListParams withPending(Boolean value) {
		return with(d -> d.pending = value);
	}

	CaseListParams withReturned(Boolean value) {
		return with(d -> d.returned = value);
	}

	CaseListParams sortedIfUnsorted(CaseFilter.Sort value) {
		return sort != null ? this : with(d -> d.sort = value);
	}

	CaseListParams sizedIfUnsized(int value) {
		return size != null ? this : with(d -> d.size = value);
	}

	/** The components a page may fix, starting as they are. */
	private static final class Draft {
		List<CaseState> state;
		Light light;
		String involvedUnit;
		Boolean supervised;
		Boolean pending;
		Boolean returned;
		CaseFilter.Sort sort;
		Integer size;
	}

	/** A copy with some of the components a page fixes changed: the one place that lists them all in order. */
	private CaseListParams with(Consumer<Draft> change) {
		Draft d = new Draft();
		d.state = state;
		d.light = light;
		d.involvedUnit = involvedUnit;
		d.supervised = supervised;
		d.pending = pending;
		d.returned = returned;
		d.sort = sort;
		d.size = size;
		change.accept(d);
		return new CaseListParams(d.state, d.light, type, channel, category, street, place, leadUnit, d.involvedUnit,
				d.supervised, d.pending, satisfaction, redispatched, d.returned, q, from, to, d.sort, event, eventUnit,
				eventFrom, eventTo, page, d.size);
	}

	// ---- links -------------------------------------------------------------------------------------

	/** The parameters that are set, in API order, without paging. */
	public Map<String, String> criteria() {
		Map<String, String> values = new LinkedHashMap<>();
		if (state != null && !state.isEmpty()) {
			values.put("state", String.join(",", state.stream().map(Enum::name).toList()));
		}
		put(values, "light", light);
		put(values, "type", type);
		put(values, "channel", channel);
		put(values, "category", blankToNull(category));
		put(values, "street", blankToNull(street));
		put(values, "place", blankToNull(place));
		put(values, "leadUnit", blankToNull(leadUnit));
		put(values, "involvedUnit", blankToNull(involvedUnit));
		put(values, "supervised", supervised);
		put(values, "pending", pending);
		put(values, "satisfaction", satisfaction);
		put(values, "redispatched", redispatched);
		put(values, "returned", returned);
		put(values, "q", blankToNull(q));
		put(values, "from", blankToNull(from));
		put(values, "to", blankToNull(to));
		put(values, "sort", sort);
		put(values, "event", event);
		if (eventUnit != null && !eventUnit.isEmpty()) {
			values.put("eventUnit", String.join(",", eventUnit));
		}
		put(values, "eventFrom", eventFrom);
		put(values, "eventTo", eventTo);
		return values;
	}

	/** The query string of these criteria (no leading {@code ?}), e.g. for the export link. */
	public String query() {
		return encode(criteria());
	}

	/** The query string of another page of the same list. */
	public String pageQuery(int pageIndex) {
		Map<String, String> values = criteria();
		values.put("page", Integer.toString(pageIndex));
		if (size != null) {
			values.put("size", Integer.toString(pageSize()));
		}
		return encode(values);
	}

	/** The criteria a page's filter form has no field for, kept as hidden inputs when it is submitted. */
	public Map<String, String> hiddenCriteria() {
		Map<String, String> values = criteria();
		List.of("state", "light", "type", "category", "street", "leadUnit", "q", "from", "to", "sort")
			.forEach(values::remove);
		return values;
	}

	/** The date shown in a date input for {@code from} or {@code to}. */
	public String dateOf(String field) {
		Instant at = "from".equals(field) ? instant("from", from, false) : instant("to", to, true);
		if (at == null) {
			return null;
		}
		// `to` is exclusive: show the last day it includes.
		return LocalDate.ofInstant("to".equals(field) ? at.minusNanos(1) : at, ChinaTime.ZONE).toString();
	}

	/** Whether the list is filtered beyond the page's own criteria. */
	public boolean filtered() {
		return !criteria().isEmpty();
	}

	private static String encode(Map<String, String> values) {
		StringJoiner query = new StringJoiner("&");
		values.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return query.toString();
	}

	private static void put(Map<String, String> values, String name, Object value) {
		if (value != null) {
			values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
		}
	}

	/** An instant, an offset date-time, a local date-time or a date (Beijing time). */
	static Instant instant(String field, String text, boolean endOfDay) {
		String t = blankToNull(text);
		if (t == null) {
			return null;
		}
		// A '+' of an offset that was not encoded in the query string arrives as a space.
		t = t.replace(' ', '+');
		try {
			if (t.length() == 10) {
				LocalDate day = LocalDate.parse(t);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ChinaTime.ZONE).toInstant();
			}
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(t).atZone(ChinaTime.ZONE).toInstant();
			}
			catch (DateTimeParseException e) {
				throw ApiProblem.badInput(field, "invalid_date",
						"参数 " + field + " 应为日期（如 2026-02-13）或时间（如 2026-02-13T09:00:00Z）");
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
