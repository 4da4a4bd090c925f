package org.zhili.routing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.routing.internal.model.Message;

/** Labelled texts from the platform's own work, for retraining. */
@Repository
class TrainingExamples {

	/** Where an example came from. */
	enum Source {
		/** A dispatcher filed the case under another first-level category than it had (or than the model said). */
		CORRECTION,
		/** A unit returned the case and it was dispatched again. */
		RETURN,
		/** The case was closed under its category. */
		CLOSED
	}

	record Example(long id, long caseId, Source source, String label, String previousLabel, Instant recordedAt,
			String title) {
	}

	/** The reservoir sample's seed: the same history gives the same sample, and so the same model. */
	private static final long SAMPLE_SEED = 20261204L;

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	TrainingExamples(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	void record(long caseId, Source source, String title, String text, String label, String previousLabel, Instant at) {
		jdbc.sql("""
				insert into routing.training_example (case_id, source, title, text, label, previous_label, recorded_at)
				values (:case, :source, :title, :text, :label, :previous, :at)""")
			.param("case", caseId)
			.param("source", source.name())
			.param("title", title)
			.param("text", text)
			.param("label", label)
			.param("previous", previousLabel)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * What retraining learns from: for each case its latest example (a correction outweighs nothing else: the
	 * latest word on a case is what it was finally filed under), at most {@code max} of them.
	 *
	 * <p>A city's history holds an example for nearly every closed case, hundreds of thousands a year, and the
	 * trainer holds every example's features in memory; so the rows are streamed (fetched a batch at a time, see
	 * {@link FetchSize}) through a reservoir sample: each case's example is equally likely
	 * to be kept, and at most {@code max} are held at any moment. Seeded, so the same history gives the same
	 * sample; with no more than {@code max} examples all are kept, in the order read.
	 */
	@Transactional(readOnly = true)
	List<Message> forTraining(int max) {
		List<Message> kept = new ArrayList<>(Math.min(max, 10_000));
		Random random = new Random(SAMPLE_SEED);
		long[] seen = { 0 };
		return FetchSize.inBatches(dataSource, 1000, () -> {
			jdbc.sql("""
					select distinct on (case_id) case_id, title, text, label from routing.training_example
					order by case_id, id desc""")
				.query((ResultSet rs) -> {
					long n = ++seen[0];
					if (kept.size() < max) {
						kept.add(message(rs));
					}
					else {
						long slot = (long) (random.nextDouble() * n);
						if (slot < max) {
							kept.set((int) slot, message(rs));
						}
					}
				});
			return kept;
		});
	}

	private static Message message(ResultSet rs) throws SQLException {
		return new Message("case:" + rs.getLong("case_id"), rs.getString("title"), rs.getString("text"),
				rs.getString("label"));
	}

	List<Example> recent(int limit) {
		return jdbc.sql("""
				select id, case_id, source, label, previous_label, recorded_at, title from routing.training_example
				order by id desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Example(rs.getLong("id"), rs.getLong("case_id"), Source.valueOf(rs.getString("source")),
					rs.getString("label"), rs.getString("previous_label"), rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("title")))
			.list();
	}

	List<Example> ofCase(long caseId) {
		return jdbc.sql("""
				select id, case_id, source, label, previous_label, recorded_at, title from routing.training_example
				where case_id = :case order by id""")
			.param("case", caseId)
			.query((rs, n) -> new Example(rs.getLong("id"), rs.getLong("case_id"), Source.valueOf(rs.getString("source")),
					rs.getString("label"), rs.getString("previous_label"), rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("title")))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from routing.training_example").query(Long.class).single();
	}
}
