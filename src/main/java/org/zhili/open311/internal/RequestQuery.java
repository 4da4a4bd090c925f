package org.zhili.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhili.cases.PublicRequests;

/**
 * The parameters of {@code GET requests}: {@code service_request_id} (comma-separated; the others are then
 * ignored), {@code service_code}, {@code start_date}, {@code end_date}, {@code status}; without dates the
 * last 90 days, and a range may not span more than that; at most 1,000 requests. With the extensions on,
 * {@code page} and {@code page_size} page through them.
 */
record RequestQuery(PublicRequests.Query query) {

	private static final Set<String> STATUSES = Set.of("open", "closed");
	private static final int MAX_IDS = 1000;

	/** Whether the extensions were asked for: the requests then come with their timelines. */
	boolean extended() {
		return query.timelines();
	}

	static RequestQuery of(Map<String, String> p, Open311Properties properties, Instant now) {
		boolean extended = properties.extensions() && "true".equalsIgnoreCase(p.get("extensions"));
		int limit = properties.maxResults();
		int offset = 0;
		if (properties.extensions() && (p.containsKey("page") || p.containsKey("page_size"))) {
			int size = integer(p, "page_size", Math.min(properties.maxPageSize(), limit), 1, properties.maxPageSize());
			int page = integer(p, "page", 1, 1, 1_000_000);
			offset = (page - 1) * size;
			limit = size;
		}
		String ids = blankToNull(p.get("service_request_id"));
		if (ids != null) {
			List<String> numbers = split(ids);
			if (numbers.size() > MAX_IDS) {
				throw Open311Error.badRequest("service_request_id takes at most " + MAX_IDS + " ids");
			}
			return new RequestQuery(new PublicRequests.Query(numbers, null, null, null, null, offset, limit, extended));
		}
		List<String> codes = blankToNull(p.get("service_code")) == null ? null : split(p.get("service_code"));
		Boolean open = null;
		if (blankToNull(p.get("status")) != null) {
			List<String> statuses = split(p.get("status").toLowerCase());
			if (!STATUSES.containsAll(statuses)) {
				throw Open311Error.badRequest("status must be open, closed or both (comma-separated)");
			}
			open = statuses.contains("open") && statuses.contains("closed") ? null : statuses.contains("open");
		}
		Instant start = date(p, "start_date");
		Instant end = date(p, "end_date");
		Duration span = Duration.ofDays(properties.defaultDays());
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				throw Open311Error.badRequest("end_date is before start_date");
			}
			if (Duration.between(start, end).compareTo(span) > 0) {
				throw Open311Error.badRequest("start_date and end_date may not span more than " + properties.defaultDays() + " days");
			}
		}
		else if (start != null) {
			end = start.plus(span);
		}
		else {
			end = end != null ? end : now;
			start = end.minus(span);
		}
		// end_date is the latest datetime included: the query's bound is exclusive.
		return new RequestQuery(
				new PublicRequests.Query(null, codes, start, end.plusNanos(1000), open, offset, limit, extended));
	}

	private static Instant date(Map<String, String> p, String name) {
		String v = blankToNull(p.get(name));
		if (v == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException e) {
			throw Open311Error.badRequest(name + " must be a W3C datetime with its offset, e.g. 2026-05-01T00:00:00+08:00");
		}
	}

	private static int integer(Map<String, String> p, String name, int otherwise, int min, int max) {
		String v = blankToNull(p.get(name));
		if (v == null) {
			return otherwise;
		}
		try {
			int n = Integer.parseInt(v);
			if (n < min || n > max) {
				throw Open311Error.badRequest(name + " must be between " + min + " and " + max);
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw Open311Error.badRequest(name + " must be a whole number");
		}
	}

	private static List<String> split(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
