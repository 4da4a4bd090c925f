package org.zhili.portal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions and look-ups of the public pages, by hashed address and phone (portal schema). */
@Repository
class SubmissionLog {

	/** What a submitter keeps, as first answered. */
	record Receipt(String trackingNumber, String queryCode, Instant submittedAt) {
	}

	private final JdbcClient jdbc;

	SubmissionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Receipt> byFormToken(String token) {
		return jdbc.sql("select tracking_number, query_code, submitted_at from portal.submission where form_token = :t")
			.param("t", token)
			.query((rs, n) -> new Receipt(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	void insert(String token, Receipt receipt, String clientHash, String phoneHash) {
		jdbc.sql("""
				insert into portal.submission (form_token, tracking_number, query_code, client_hash, phone_hash, submitted_at)
				values (:t, :n, :q, :c, :p, :at)""")
			.param("t", token)
			.param("n", receipt.trackingNumber())
			.param("q", receipt.queryCode())
			.param("c", clientHash)
			.param("p", phoneHash)
			.param("at", Timestamp.from(receipt.submittedAt()))
			.update();
	}

	int byClientSince(String clientHash, Instant since) {
		return jdbc.sql("select count(*) from portal.submission where client_hash = :c and submitted_at >= :since")
			.param("c", clientHash)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** How many submissions came from an address and from a phone (none without one), each since its own time. */
	record Recent(int fromAddress, int fromPhone) {
	}

	Recent recent(String clientHash, Instant addressSince, String phoneHash, Instant phoneSince) {
		return jdbc.sql("""
				select count(*) filter (where client_hash = :c and submitted_at >= :addressSince),
				       count(*) filter (where phone_hash = :p and submitted_at >= :phoneSince)
				from portal.submission
				where client_hash = :c and submitted_at >= :addressSince
				   or phone_hash = :p and submitted_at >= :phoneSince""")
			.param("c", clientHash)
			.param("addressSince", Timestamp.from(addressSince))
			.param("p", phoneHash)
			.param("phoneSince", Timestamp.from(phoneSince))
			.query((rs, n) -> new Recent(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/**
	 * Records a look-up and answers how many this address made since {@code since}, this one included; the
	 * address's older look-ups are forgotten. One statement: its parts see the table as it was before it.
	 */
	int lookUp(String clientHash, Instant now, Instant since) {
		return jdbc.sql("""
				with forgotten as (delete from portal.lookup where client_hash = :c and looked_up_at < :since),
				     recorded as (insert into portal.lookup (client_hash, looked_up_at) values (:c, :at))
				select count(*) + 1 from portal.lookup where client_hash = :c and looked_up_at >= :since""")
			.param("c", clientHash)
			.param("at", Timestamp.from(now))
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}
}
