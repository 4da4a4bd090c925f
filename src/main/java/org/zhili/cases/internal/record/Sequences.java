package org.zhili.cases.internal.record;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Values drawn ahead from a database sequence, so that many rows can be written in one statement. */
public final class Sequences {

	private Sequences() {
	}

	/** The next {@code n} values of the sequence, in increasing order. */
	public static List<Long> next(JdbcClient jdbc, String sequence, int n) {
		return jdbc.sql("select nextval(cast(:seq as regclass)) from generate_series(1, :n) order by 1")
			.param("seq", sequence)
			.param("n", n)
			.query(Long.class)
			.list();
	}
}
