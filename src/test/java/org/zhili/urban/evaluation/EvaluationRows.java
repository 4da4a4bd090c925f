package org.zhili.urban.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data: a known month of urban.case_file rows (plain SQL: the evaluation reads only the table). */
final class EvaluationRows {

	private EvaluationRows() {
	}

	/**
	 * Ten reports on 10 March 2025: two of jianduyuan's not registered; a public report he verified, registered,
	 * handled, checked and closed on time; four of his closed on time; one handled late and reworked, then closed; one
	 * still with 区城管委; one registered late and voided.
	 */
	static void march2025(JdbcClient sql) {
		sql.sql("delete from urban.case_file where reference like 'EVALIT-%'").update();
		sql.sql("insert into urban.patrol_area (username, area_code) values ('jianduyuan', '120104001000') on conflict do nothing")
			.update();
		String grid = sql.sql("select min(code) from org.unit where level = 'GRID' and parent_code = '120104001001'")
			.query(String.class)
			.single();
		for (int i = 0; i < 10; i++) {
			boolean registered = i >= 2;
			boolean dispatched = i >= 2 && i <= 8;
			boolean handled = i >= 2 && i <= 7;
			sql.sql("""
					insert into urban.case_file (reference, kind, class_code, description, grid_code, community_code,
					  street_code, source, reported_by, reported_at, state, verified_by, verified_at, verified_on_time, valid,
					  registered_by, registered_at, registered_on_time, dispatched_by, dispatched_at, dispatched_on_time,
					  handler_code, handled_at, handled_on_time, checked_by, checked_at, checked_on_time, closed_by, closed_at,
					  closed_on_time, reworks, voided)
					values (:ref, 'EVENT', '0102', :description, :grid, '120104001001', '120104001000', :source, :reportedBy,
					  timestamptz '2025-03-10 09:00+08', 'TEST', :verifiedBy, :verifiedAt, :verifiedOnTime, :valid,
					  :registeredBy, :registeredAt, :registeredOnTime, :dispatchedBy, :dispatchedAt, :dispatchedOnTime,
					  :handler, :handledAt, :handledOnTime, :checkedBy, :checkedAt, :checkedOnTime, :closedBy, :closedAt,
					  :closedOnTime, :reworks, :voided)""")
				.param("ref", "EVALIT-" + i)
				.param("description", "评价测试案卷" + i + "：光明路暴露垃圾")
				.param("grid", grid)
				.param("source", i == 2 ? "PUBLIC" : "PATROL")
				.param("reportedBy", i == 2 ? null : "jianduyuan")
				.param("verifiedBy", i == 2 ? "jianduyuan" : null)
				.param("verifiedAt", i == 2 ? at("2025-03-10 09:20") : null)
				.param("verifiedOnTime", i == 2 ? Boolean.TRUE : null)
				.param("valid", registered)
				.param("registeredBy", registered ? "zhibanzhang" : null)
				.param("registeredAt", registered ? at("2025-03-10 09:30") : null)
				.param("registeredOnTime", registered ? i != 9 : null)
				.param("dispatchedBy", dispatched ? "chengguanpq" : null)
				.param("dispatchedAt", dispatched ? at("2025-03-10 09:40") : null)
				.param("dispatchedOnTime", dispatched ? Boolean.TRUE : null)
				.param("handler", dispatched ? "120104CGW" : null)
				.param("handledAt", handled ? at("2025-03-10 11:00") : null)
				.param("handledOnTime", handled ? i != 7 : null)
				.param("checkedBy", handled ? "jianduyuan" : null)
				.param("checkedAt", handled ? at("2025-03-10 12:00") : null)
				.param("checkedOnTime", handled ? i != 7 : null)
				.param("closedBy", handled ? "zhibanzhang" : null)
				.param("closedAt", handled ? at("2025-03-10 13:00") : null)
				.param("closedOnTime", handled ? Boolean.TRUE : null)
				.param("reworks", i == 7 ? 1 : 0)
				.param("voided", i == 9)
				.update();
		}
	}

	/** A China-time instant written {@code 2025-03-10 09:00}. */
	static java.sql.Timestamp at(String chinaTime) {
		return java.sql.Timestamp.from(java.time.ZonedDateTime
			.of(java.time.LocalDateTime.parse(chinaTime.replace(' ', 'T')), org.zhili.platform.ChinaTime.ZONE)
			.toInstant());
	}

}
