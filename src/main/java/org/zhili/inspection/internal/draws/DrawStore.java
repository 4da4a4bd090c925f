package org.zhili.inspection.internal.draws;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draws in {@code inspection.draw}. */
@Repository
class DrawStore {

	private final JdbcClient jdbc;

	DrawStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the new draw's id, or empty when the task already has a live (committed or drawn) draw */
	Optional<Long> commit(long taskId, String algorithm, String commitment, String inputsHash, String inputs,
			String seed, Instant at, String by, Long redrawOf, String reason) {
		return jdbc.sql("""
				insert into inspection.draw (task_id, state, algorithm, commitment, inputs_hash, inputs, seed,
				  committed_at, committed_by, redraw_of, redraw_reason)
				values (:task, 'COMMITTED', :alg, :commitment, :hash, :inputs, :seed, :at, :by, :redrawOf, :reason)
				on conflict (task_id) where state <> 'SUPERSEDED' do nothing returning id""")
			.param("task", taskId).param("alg", algorithm).param("commitment", commitment).param("hash", inputsHash)
			.param("inputs", inputs).param("seed", seed).param("at", Timestamp.from(at)).param("by", by)
			.param("redrawOf", redrawOf).param("reason", reason)
			.query(Long.class).optional();
	}

	/** Reveals the seed by recording the outcome; false when the draw was no longer waiting. */
	boolean drawn(long id, String outcome, Instant at, String by) {
		return jdbc.sql("""
				update inspection.draw set state = 'DRAWN', outcome = :outcome, drawn_at = :at, drawn_by = :by
				where id = :id and state = 'COMMITTED'""")
			.param("id", id).param("outcome", outcome).param("at", Timestamp.from(at)).param("by", by).update() == 1;
	}

	boolean supersede(long id) {
		return jdbc.sql("update inspection.draw set state = 'SUPERSEDED' where id = :id and state = 'DRAWN'")
			.param("id", id).update() == 1;
	}

	Optional<DrawRow> find(long id) {
		return jdbc.sql("select * from inspection.draw where id = :id").param("id", id).query(DrawStore::row).optional();
	}

	/** Locks the draw for a state change. */
	Optional<DrawRow> lock(long id) {
		return jdbc.sql("select * from inspection.draw where id = :id for update").param("id", id).query(DrawStore::row).optional();
	}

	List<DrawRow> ofTask(long taskId) {
		return jdbc.sql("select * from inspection.draw where task_id = :task order by id").param("task", taskId)
			.query(DrawStore::row).list();
	}

	/** Every draw, newest first: the public list (commitments are public from the moment they are made). */
	List<DrawRow> all(int limit) {
		return jdbc.sql("select * from inspection.draw order by id desc limit :limit").param("limit", limit)
			.query(DrawStore::row).list();
	}

	private static DrawRow row(ResultSet rs, int n) throws SQLException {
		Timestamp drawnAt = rs.getTimestamp("drawn_at");
		Long redrawOf = rs.getObject("redraw_of", Long.class);
		return new DrawRow(rs.getLong("id"), rs.getLong("task_id"), DrawRow.State.valueOf(rs.getString("state")),
				rs.getString("algorithm"), rs.getString("commitment"), rs.getString("inputs_hash"), rs.getString("inputs"),
				rs.getString("seed"), rs.getString("outcome"), rs.getTimestamp("committed_at").toInstant(),
				rs.getString("committed_by"), drawnAt == null ? null : drawnAt.toInstant(), rs.getString("drawn_by"),
				redrawOf, rs.getString("redraw_reason"));
	}
}
