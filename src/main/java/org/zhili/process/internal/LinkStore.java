package org.zhili.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.process.Links;

/** Links in {@code process.item_link}; recording the same link twice keeps the first. */
@Repository
@Transactional
class LinkStore implements Links {

	private final JdbcClient jdbc;

	LinkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void link(End from, End to, String relation, String fromLabel, String toLabel, String by, Instant at) {
		jdbc.sql("""
				insert into process.item_link (relation, from_loop, from_id, from_ref, from_link, from_label, to_loop, to_id,
				  to_ref, to_link, to_label, linked_by, linked_at)
				values (:relation, :fl, :fi, :fr, :fk, :flabel, :tl, :ti, :tr, :tk, :tlabel, :by, :at)
				on conflict do nothing""")
			.param("relation", relation)
			.param("fl", from.loop())
			.param("fi", from.itemId())
			.param("fr", from.itemRef())
			.param("fk", from.link())
			.param("flabel", fromLabel)
			.param("tl", to.loop())
			.param("ti", to.itemId())
			.param("tr", to.itemRef())
			.param("tk", to.link())
			.param("tlabel", toLabel)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Link> of(String loop, long itemId) {
		return jdbc.sql("""
				select * from process.item_link
				where (from_loop = :loop and from_id = :id) or (to_loop = :loop and to_id = :id)
				order by linked_at, id""")
			.param("loop", loop)
			.param("id", itemId)
			.query((rs, n) -> read(rs, loop, itemId))
			.list();
	}

	@Override
	public void withdraw(String loop, long itemId) {
		jdbc.sql("delete from process.item_link where (from_loop = :loop and from_id = :id) or (to_loop = :loop and to_id = :id)")
			.param("loop", loop)
			.param("id", itemId)
			.update();
	}

	private static Link read(ResultSet rs, String loop, long itemId) throws SQLException {
		boolean fromHere = rs.getString("from_loop").equals(loop) && rs.getLong("from_id") == itemId;
		String side = fromHere ? "to" : "from";
		End other = new End(rs.getString(side + "_loop"), rs.getLong(side + "_id"), rs.getString(side + "_ref"),
				rs.getString(side + "_link"));
		return new Link(other, fromHere, rs.getString("relation"), rs.getString(fromHere ? "from_label" : "to_label"),
				rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant());
	}
}
