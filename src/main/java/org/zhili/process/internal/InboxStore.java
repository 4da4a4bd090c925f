package org.zhili.process.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.process.Inbox;

/** The inbox in {@code process.inbox_message}, with each account's read state in {@code process.inbox_read}. */
@Repository
class InboxStore implements Inbox {

	private static final int MESSAGE_LENGTH = 300, REF_LENGTH = 200;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final ReaderUnits readerUnits;

	InboxStore(JdbcClient jdbc, JdbcTemplate batch, ReaderUnits readerUnits) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.readerUnits = readerUnits;
	}

	@Override
	@Transactional
	public void post(Collection<Message> messages) {
		if (messages.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(messages.size());
		for (Message m : messages) {
			rows.add(new Object[] { m.loop(), m.itemId(), cut(m.itemRef(), REF_LENGTH), m.link(), m.unitCode(), m.kind(),
					m.kindLabel(), cut(m.text(), MESSAGE_LENGTH), Timestamp.from(m.at()), m.dedupeKey() });
		}
		batch.batchUpdate("""
				insert into process.inbox_message (loop, item_id, item_ref, link, unit_code, kind, kind_label, message,
				                                   created_at, dedupe_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing""", rows);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> read(Actor reader, Collection<String> loops, boolean unreadOnly, int limit) {
		return jdbc.sql("""
				select m.id, m.loop, m.item_id, m.item_ref, m.link, m.unit_code, m.kind, m.kind_label, m.message,
				       m.created_at, (m.read_at is not null or r.message_id is not null) as read
				from process.inbox_message m
				left join process.inbox_read r on r.message_id = m.id and r.username = :user
				where m.unit_code in (:units) and (:allLoops or m.loop in (:loops))"""
				+ (unreadOnly ? " and m.read_at is null and r.message_id is null" : "")
				+ " order by m.created_at desc, m.id desc limit :limit")
			.param("user", reader.username())
			.param("units", units(reader))
			.param("allLoops", loops.isEmpty())
			.param("loops", loops.isEmpty() ? List.of("") : loops)
			.param("limit", limit)
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getTimestamp(10).toInstant(), rs.getBoolean(11)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long unread(Actor reader) {
		return jdbc.sql("""
				select count(*) from process.inbox_message m
				where m.unit_code in (:units) and m.read_at is null
				and not exists (select 1 from process.inbox_read r where r.message_id = m.id and r.username = :user)""")
			.param("units", units(reader))
			.param("user", reader.username())
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional
	public int markAllRead(Actor reader, Instant at) {
		return jdbc.sql("""
				insert into process.inbox_read (message_id, username, read_at)
				select m.id, :user, :at from process.inbox_message m
				where m.unit_code in (:units) and m.read_at is null
				on conflict (message_id, username) do nothing""")
			.param("user", reader.username())
			.param("at", Timestamp.from(at))
			.param("units", units(reader))
			.update();
	}

	private Set<String> units(Actor reader) {
		return readerUnits.of(reader);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}
}
