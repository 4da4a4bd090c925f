package org.zhili.process;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.zhili.identity.Actor;

/**
 * The one audited Excel export every loop uses: a loop declares its columns and hands over its rows; the kit
 * writes the workbook (the list, optionally a 时间线 sheet with each item's timeline, and a 说明 sheet saying
 * what was exported, when, by whom and whether the list was cut at the row cap) and records the export in the
 * audit trail ({@code <loop>.export}, with the filter and the row count).
 */
public interface Exports {

	String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * One column: its header, its width in characters, and its value for an item. A value may be text, a number,
	 * a {@link Boolean} (是/否), an {@link Instant}, a {@link java.time.LocalDate}, a {@link Labelled} or
	 * {@code null} (an empty cell).
	 */
	record Column<T>(String header, int width, Function<? super T, ?> value) {

		public static <T> Column<T> of(String header, int width, Function<? super T, ?> value) {
			return new Column<>(header, width, value);
		}
	}

	/**
	 * What a loop exports.
	 *
	 * @param loop a stable code ({@code cases}, {@code suggestions}, {@code plan-tasks}): the audit action is
	 * {@code <loop>.export}, its target the loop
	 * @param what what one row is, as people say it (工单): the list sheet's name, the file name and the count
	 * @param filter the filter as people read it (全部 when there is none); goes into the 说明 sheet and the audit
	 * @param columns the list sheet's columns
	 * @param maxRows at most this many rows are written; the export says when more matched
	 * @param itemRef how the 时间线 sheet names an item (its number), with {@code timeline}
	 * @param timeline an item's timeline (the loop's {@link TimelineSource} rows), or {@code null} for no 时间线 sheet
	 * @param notes further lines of the 说明 sheet (e.g. which personal data was masked)
	 */
	record Spec<T>(String loop, String what, String filter, List<Column<T>> columns, int maxRows,
			Function<? super T, String> itemRef, Function<? super T, ? extends Collection<TimelineEntry>> timeline,
			Map<String, String> notes) {

		public Spec {
			if (columns.isEmpty() || maxRows < 1) {
				throw new IllegalArgumentException("an export needs columns and a positive row cap");
			}
			filter = filter == null || filter.isBlank() ? "全部" : filter;
			columns = List.copyOf(columns);
			notes = notes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
		}

		public static <T> Spec<T> of(String loop, String what, String filter, List<Column<T>> columns, int maxRows) {
			return new Spec<>(loop, what, filter, columns, maxRows, null, null, Map.of());
		}

		public Spec<T> withTimeline(Function<? super T, String> itemRef,
				Function<? super T, ? extends Collection<TimelineEntry>> timeline) {
			return new Spec<>(loop, what, filter, columns, maxRows, itemRef, timeline, notes);
		}

		public Spec<T> withNote(String key, String value) {
			Map<String, String> more = new LinkedHashMap<>(notes);
			more.put(key, value);
			return new Spec<>(loop, what, filter, columns, maxRows, itemRef, timeline, more);
		}

		public List<String> headers() {
			return columns.stream().map(Column::header).toList();
		}
	}

	/**
	 * Where the rows come from: hands at most {@code limit} items to the sink, in order. The kit asks for one
	 * more than the cap to tell whether the list was cut, so a query can stream without counting first.
	 */
	@FunctionalInterface
	interface Rows<T> {

		void feed(int limit, Consumer<? super T> sink);

		/** Hands at most {@code max} items to the sink, asking for one more to tell whether the list was cut. */
		default Result capped(int max, Consumer<? super T> sink) {
			int[] seen = { 0 };
			feed(max + 1, item -> {
				if (++seen[0] <= max) {
					sink.accept(item);
				}
			});
			return new Result(Math.min(seen[0], max), seen[0] > max);
		}

		static <T> Rows<T> of(List<? extends T> items) {
			return (limit, sink) -> items.stream().limit(limit).forEach(sink);
		}

		/** A stream, read once and closed. */
		static <T> Rows<T> of(Stream<? extends T> items) {
			return (limit, sink) -> {
				try (items) {
					items.limit(limit).forEach(sink);
				}
			};
		}
	}

	/** How many rows were written and whether more matched than the cap. */
	record Result(int rows, boolean cut) {
	}

	/**
	 * Writes the workbook as the response (an .xlsx attachment with headers {@code X-Export-Rows} and
	 * {@code X-Export-Truncated}) and records the export in the audit trail.
	 */
	<T> Result export(Spec<T> spec, Rows<T> rows, Actor actor, HttpServletResponse response) throws IOException;

	/**
	 * Writes the list as CSV (UTF-8 with a byte-order mark, which Excel needs to read Chinese), for data everyone may
	 * read (政务公开, open data): the same columns as the workbook's list, a formula-like cell written as text, nothing
	 * audited and nobody named; a list cut at the cap ends with a line saying so.
	 */
	<T> Result csv(Spec<T> spec, Rows<T> rows, HttpServletResponse response) throws IOException;
}
