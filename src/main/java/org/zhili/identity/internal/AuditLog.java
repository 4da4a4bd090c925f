package org.zhili.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.AuditOutcome;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** Reading the audit trail: search, export, and purging what is past retention. */
@Component
class AuditLog {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ChinaTime.ZONE);

	/** Search criteria; each is optional. {@code text} matches target and detail. */
	record Query(Instant from, Instant to, String actor, String action, AuditOutcome outcome, String text) {
	}

	record Entry(long id, Instant occurredAt, String actor, String address, String action, String target,
			AuditOutcome outcome, String detail, String hash) {
	}

	record Purged(long rows, Instant before) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate streaming;
	private final AuditChainVerifier verifier;
	private final AuditSealer sealer;
	private final JdbcAuditTrail audit;
	private final SecurityProperties properties;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, DataSource dataSource, AuditChainVerifier verifier, AuditSealer sealer,
			JdbcAuditTrail audit, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.sealer = sealer;
		this.streaming = new NamedParameterJdbcTemplate(dataSource);
		this.streaming.getJdbcTemplate().setFetchSize(1000);
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Verifies the chain; the check itself is recorded, with its verdict. */
	AuditChainVerifier.Verification verify() {
		AuditChainVerifier.Verification result = verifier.verify();
		audit.record(AuditActions.AUDIT_VERIFIED, "audit_event", result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				result.intact() ? "哈希链完整，共 " + result.rowsChecked() + " 条"
						: "哈希链断裂于第 " + result.firstBrokenId() + " 条：" + result.problem());
		return result;
	}

	List<Entry> search(Query query, int offset, int limit) {
		Map<String, Object> params = parameters(query);
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("select * from identity.audit_event where " + where(query) + " order by id desc offset :offset limit :limit")
			.params(params)
			.query(AuditLog::map)
			.list();
	}

	long count(Query query) {
		return jdbc.sql("select count(*) from identity.audit_event where " + where(query))
			.params(parameters(query))
			.query(Long.class)
			.single();
	}

	/** Streams the matching rows as CSV (with a BOM, so spreadsheet programs read the Chinese) and audits the export. */
	@Transactional
	long exportCsv(Query query, Writer out) {
		sealer.sealAll();
		long[] rows = { 0 };
		try {
			out.write('\uFEFF');
			out.write("编号,时间,操作人,地址,操作,对象,结果,说明,哈希\r\n");
			streaming.query("select * from identity.audit_event where " + where(query) + " order by id",
					parameters(query), rs -> {
						Entry e = map(rs, 0);
						try {
							out.write(String.join(",", Long.toString(e.id()), TIME.format(e.occurredAt()), csv(e.actor()),
									csv(e.address()), csv(e.action()), csv(e.target()), e.outcome().name(), csv(e.detail()),
									e.hash()));
							out.write("\r\n");
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						rows[0]++;
					});
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		audit.success(AuditActions.AUDIT_EXPORTED, "audit_event", "导出审计记录 " + rows[0] + " 条，条件：" + describe(query));
		return rows[0];
	}

	/**
	 * Deletes the rows older than {@code before}, which must lie beyond the retention period. The hash of the
	 * last deleted row becomes the chain's anchor, so what remains still verifies.
	 */
	@Transactional
	Purged purge(Instant before) {
		sealer.sealAll();
		Instant limit = clock.instant().minus(properties.auditRetention());
		if (before == null || before.isAfter(limit)) {
			throw ApiProblem.badInput("before", "within_retention",
					"只能清理 " + properties.auditRetention().toDays() + " 天以前的审计记录（" + TIME.format(limit) + " 之前）");
		}
		record Last(long seq, String hash) {
		}
		// The chain is cut behind the last sealed row older than the limit; its hash anchors what remains.
		List<Last> last = jdbc.sql("""
				select seq, hash from identity.audit_event
				where seq = (select max(seq) from identity.audit_event where occurred_at < :before)""")
			.param("before", Timestamp.from(before))
			.query((rs, n) -> new Last(rs.getLong(1), rs.getString(2)))
			.list();
		long deleted = 0;
		if (!last.isEmpty()) {
			jdbc.sql("select set_config('zhili.audit_purge', 'on', true)").query(String.class).single();
			deleted = jdbc.sql("delete from identity.audit_event where seq <= :seq").param("seq", last.get(0).seq()).update();
			jdbc.sql("select set_config('zhili.audit_purge', 'off', true)").query(String.class).single();
			jdbc.sql("update identity.audit_chain set anchor_seq = :seq, anchor_hash = :hash where id = 1")
				.param("seq", last.get(0).seq())
				.param("hash", last.get(0).hash())
				.update();
		}
		audit.success(AuditActions.AUDIT_PURGED, "audit_event",
				"清理 " + TIME.format(before) + " 之前的审计记录 " + deleted + " 条");
		return new Purged(deleted, before);
	}

	private static String where(Query q) {
		StringBuilder where = new StringBuilder("true");
		if (q.from() != null) {
			where.append(" and occurred_at >= :from");
		}
		if (q.to() != null) {
			where.append(" and occurred_at < :to");
		}
		if (notBlank(q.actor())) {
			where.append(" and actor = :actor");
		}
		if (notBlank(q.action())) {
			where.append(" and action like :action");
		}
		if (q.outcome() != null) {
			where.append(" and outcome = :outcome");
		}
		if (notBlank(q.text())) {
			where.append(" and (target ilike :text or detail ilike :text)");
		}
		return where.toString();
	}

	private static Map<String, Object> parameters(Query q) {
		Map<String, Object> params = new HashMap<>();
		if (q.from() != null) {
			params.put("from", Timestamp.from(q.from()));
		}
		if (q.to() != null) {
			params.put("to", Timestamp.from(q.to()));
		}
		if (notBlank(q.actor())) {
			params.put("actor", q.actor().strip().toLowerCase());
		}
		if (notBlank(q.action())) {
			params.put("action", escape(q.action().strip()) + "%");
		}
		if (q.outcome() != null) {
			params.put("outcome", q.outcome().name());
		}
		if (notBlank(q.text())) {
			params.put("text", "%" + escape(q.text().strip()) + "%");
		}
		return params;
	}

	private static String describe(Query q) {
		return (q.from() == null ? "" : "自 " + TIME.format(q.from()) + " ") + (q.to() == null ? "" : "至 " + TIME.format(q.to()) + " ")
				+ (notBlank(q.actor()) ? "操作人 " + q.actor() + " " : "") + (notBlank(q.action()) ? "操作 " + q.action() + " " : "")
				+ (q.outcome() == null ? "" : "结果 " + q.outcome() + " ") + (notBlank(q.text()) ? "含 “" + q.text() + "”" : "");
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("address"), rs.getString("action"), rs.getString("target"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"), rs.getString("hash"));
	}

	private static String csv(String value) {
		if (value == null) {
			return "";
		}
		// A leading = + - @ would be run as a formula by spreadsheet programs.
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String escape(String like) {
		return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
