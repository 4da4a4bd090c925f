package org.zhili.routing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseDirectory;

/**
 * Routing accuracy per first-level category: of the cases first dispatched under it, the share whose first
 * dispatch was not returned (退单) — for all of them and for those zhili dispatched by itself — and how often
 * the model's suggestion at registration was the category they were first dispatched under.
 */
@Component
class Accuracy {

	/** One category's figures; the rates are {@code null} without cases. */
	record Row(String categoryCode, String categoryName, int dispatched, int returned, Double accuracy, int auto,
			int autoReturned, Double autoAccuracy, int predicted, Double modelAgreement) {
	}

	record Report(Instant from, Instant to, List<Row> categories, Row total) {
	}

	private final JdbcClient jdbc;
	private final CategoryTree categories;

	Accuracy(JdbcClient jdbc, CategoryTree categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	Report report(Instant from, Instant to) {
		return report(from, to, null);
	}

	/**
	 * @param unitCode when not {@code null}, only the cases located in that street, community or grid, or first
	 *        dispatched to that unit (a department): what an account scoped there may see
	 */
	Report report(Instant from, Instant to, String unitCode) {
		Map<String, int[]> byCode = new LinkedHashMap<>();
		categories.topLevel().forEach(c -> byCode.put(c.code(), new int[5]));
		Map<String, String> codeOfName = new LinkedHashMap<>();
		categories.topLevel().forEach(c -> codeOfName.put(c.name(), c.code()));
		jdbc.sql("""
				select first_dispatch_category, predicted_label, first_dispatch_returned, auto_dispatched
				from routing.case_index
				where first_dispatch_category is not null and (cast(:from as timestamptz) is null or first_dispatched_at >= :from)
				  and (cast(:to as timestamptz) is null or first_dispatched_at < :to)
				  and (cast(:unit as text) is null or :unit in (street_code, community_code, grid_code, first_dispatch_unit))""")
			.param("unit", unitCode)
			.param("from", from == null ? null : Timestamp.from(from))
			.param("to", to == null ? null : Timestamp.from(to))
			.query((java.sql.ResultSet rs) -> {
				int[] f = byCode.computeIfAbsent(rs.getString(1), k -> new int[5]);
				boolean returned = rs.getBoolean(3);
				boolean auto = rs.getBoolean(4);
				f[0]++;
				f[1] += returned ? 1 : 0;
				f[2] += auto ? 1 : 0;
				f[3] += auto && returned ? 1 : 0;
				f[4] += rs.getString(1).equals(codeOfName.get(rs.getString(2))) ? 1 : 0;
			});
		List<Row> rows = new ArrayList<>();
		int[] total = new int[5];
		for (Map.Entry<String, int[]> e : byCode.entrySet()) {
			int[] f = e.getValue();
			for (int i = 0; i < 5; i++) {
				total[i] += f[i];
			}
			rows.add(row(e.getKey(), categories.byCode(e.getKey()).map(CaseDirectory.Category::name).orElse(e.getKey()), f));
		}
		return new Report(from, to, rows, row(null, "合计", total));
	}

	private static Row row(String code, String name, int[] f) {
		return new Row(code, name, f[0], f[1], rate(f[0] - f[1], f[0]), f[2], f[3], rate(f[2] - f[3], f[2]), f[4],
				rate(f[4], f[0]));
	}

	private static Double rate(int part, int whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}
}
