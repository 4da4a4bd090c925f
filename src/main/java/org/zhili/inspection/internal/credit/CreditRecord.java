package org.zhili.inspection.internal.credit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.inspection.internal.Result;

/** What the credit rules read of a subject's inspections. */
@Repository
class CreditRecord {

	private final JdbcClient jdbc;

	CreditRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The results of the subject's completed inspections since {@code since}, newest first. */
	List<Result> resultsSince(long subjectId, Instant since) {
		return jdbc.sql("""
				select result from inspection.inspection
				where subject_id = :s and completed_at is not null and completed_at >= :since
				order by completed_at desc, id desc""")
			.param("s", subjectId).param("since", Timestamp.from(since))
			.query((rs, n) -> Result.valueOf(rs.getString("result"))).list();
	}

	/** Credit codes of subjects with a completed inspection of one of {@code results} since {@code since}. */
	List<String> foundSince(List<Result> results, Instant since) {
		return jdbc.sql("""
				select distinct s.credit_code from inspection.inspection i join inspection.subject s on s.id = i.subject_id
				where i.completed_at >= :since and i.result = any (:results)""")
			.param("since", Timestamp.from(since)).param("results", results.stream().map(Enum::name).toArray(String[]::new))
			.query(String.class).list();
	}
}
