package org.zhili.cases.internal.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseSummary;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseView;
import org.zhili.cases.Channel;
import org.zhili.cases.Light;
import org.zhili.cases.PendingRequest;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.cases.internal.stats.CountedEvents;
import org.zhili.process.SupervisionLevel;
import org.zhili.cases.Urgency;
import org.zhili.identity.DataScope;
import org.zhili.identity.FieldCipher;

/** Case lists for a viewer: filtered, sorted and paged in SQL, within the viewer's scope. */
@Repository
public class CaseQueries {

	/** The columns {@link #summary} reads, for queries of {@code cases.case_record c}. */
	public static final String COLUMNS = """
			c.id, c.tracking_number, c.round, c.state, c.pending, c.type, c.channel, c.category_code, c.urgency, c.title,
			c.address, c.street_code, c.lead_unit_code, c.registered_at, c.running_due_at, c.running_yellow_at,
			c.supervision, c.return_count, c.satisfaction""";

	/**
	 * A page of results.
	 *
	 * @param total the matching cases, counted up to {@code zhili.cases.list-count-limit}
	 * @param totalCapped more cases match than were counted: {@code total} is the limit, a lower bound (counting
	 *     a city's millions exactly took longer than the page itself)
	 * @param countedEvents with a statistics criterion ({@code event}), the events it counts on the matching
	 *     cases: the figure of the statistics, which exceeds {@code total} by the cases it counts more than once
	 *     (e.g. dispatched again in a second round); otherwise {@code null}
	 */
	public record Page(List<CaseSummary> items, long total, boolean totalCapped, int page, int size, Long countedEvents) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate streaming;
	private final CaseViews views;
	private final Categories categories;
	private final FieldCipher cipher;
	private final Clock clock;
	private final long countLimit;

	CaseQueries(JdbcClient jdbc, DataSource dataSource, CaseViews views, Categories categories, FieldCipher cipher,
			Clock clock, @Value("${zhili.cases.list-count-limit:10000}") long countLimit) {
		this.jdbc = jdbc;
		this.streaming = new NamedParameterJdbcTemplate(dataSource);
		this.streaming.getJdbcTemplate().setFetchSize(500);
		this.views = views;
		this.categories = categories;
		this.cipher = cipher;
		this.clock = clock;
		this.countLimit = countLimit;
	}

	public Page page(DataScope scope, CaseFilter filter, int page, int size) {
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter, now, params);
		params.put("countLimit", countLimit + 1);
		long counted = jdbc.sql("select count(*) from (select 1 from cases.case_record c where " + where
				+ " limit :countLimit) matching").params(params)
			.query(Long.class)
			.single();
		params.put("offset", (long) page * size);
		params.put("limit", size);
		List<CaseSummary> items = jdbc.sql("select " + COLUMNS + " from cases.case_record c where " + where + order(filter)
				+ " offset :offset limit :limit")
			.params(params)
			.query((rs, n) -> summary(rs, now))
			.list();
		return new Page(items, Math.min(counted, countLimit), counted > countLimit, page, size, filter.counted() == null ? null : countedEvents(scope, filter, now));
	}

	/** The events a statistics criterion counts on the cases the rest of the filter (and the scope) lets through. */
	private long countedEvents(DataScope scope, CaseFilter filter, Instant now) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter.withoutCounted(), now, params);
		return jdbc.sql("select count(*) from cases.case_record c join cases.case_event e on e.case_id = c.id where "
				+ where + " and " + CountedEvents.conditions(filter.counted(), params))
			.params(params)
			.query(Long.class)
			.single();
	}

	/** How many cases match (e.g. for the counts on a queue's tabs). */
	public long count(DataScope scope, CaseFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter, clock.instant(), params);
		return jdbc.sql("select count(*) from cases.case_record c where " + where).params(params).query(Long.class).single();
	}

	/** How many cases match, with how many of them are past and near their running deadline now. */
	public record ByLight(long all, long red, long yellow) {
	}

	/** The counts of {@link #count} for the filter and for its red and yellow lights, in one reading of the rows. */
	public ByLight countByLight(DataScope scope, CaseFilter filter) {
		if (filter.light() != null) {
			throw new IllegalArgumentException("counted by every light");
		}
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter, now, params);
		params.put("now", java.sql.Timestamp.from(now));
		return jdbc.sql("select count(*) as n, count(*) filter (where " + lit(Light.RED) + ") as red, count(*) filter (where "
				+ lit(Light.YELLOW) + ") as yellow from cases.case_record c where " + where)
			.params(params)
			.query((rs, n) -> new ByLight(rs.getLong("n"), rs.getLong("red"), rs.getLong("yellow")))
			.single();
	}

	/** The cases whose running deadline shows the light at {@code :now}. */
	private static String lit(Light light) {
		return switch (light) {
			case RED -> "c.running_due_at < :now";
			case YELLOW -> "c.running_yellow_at <= :now and c.running_due_at >= :now";
			case GREEN -> "c.running_yellow_at > :now";
			case NONE -> "c.running_due_at is null";
		};
	}

	/**
	 * Every matching case in order, one at a time (for exports), with its requester as stored (decrypted:
	 * the caller masks it); at most {@code limit}.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public int stream(DataScope scope, CaseFilter filter, int limit, BiConsumer<CaseSummary, CaseRecord.Requester> sink) {
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter, now, params);
		params.put("limit", limit);
		int[] rows = { 0 };
		streaming.query("select " + COLUMNS + ", c.requester_name, c.requester_phone, c.anonymous, c.confidential,"
				+ " c.enterprise from cases.case_record c where " + where + order(filter) + " limit :limit", params, rs -> {
					sink.accept(summary(rs, now), new CaseRecord.Requester(cipher.decrypt(rs.getString("requester_name")),
							cipher.decrypt(rs.getString("requester_phone")), rs.getBoolean("anonymous"),
							rs.getBoolean("confidential"), rs.getBoolean("enterprise")));
					rows[0]++;
				});
		return rows[0];
	}

	private static String where(DataScope scope, CaseFilter f, Instant now, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(CaseAccess.VISIBLE_SQL);
		params.put("scope", scope.pathPattern());
		if (f.states() != null && !f.states().isEmpty()) {
			sql.append(" and c.state in (:states)");
			params.put("states", f.states().stream().map(Enum::name).toList());
		}
		if (f.light() != null) {
			params.put("now", java.sql.Timestamp.from(now));
			sql.append(" and ").append(lit(f.light()));
		}
		if (f.type() != null) {
			sql.append(" and c.type = :type");
			params.put("type", f.type().name());
		}
		if (f.channel() != null) {
			sql.append(" and c.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.categoryCode() != null) {
			sql.append(" and c.category_code like :category");
			params.put("category", f.categoryCode().replace("%", "").replace("_", "") + "%");
		}
		if (f.streetCode() != null) {
			sql.append(" and c.street_code = :street");
			params.put("street", f.streetCode());
		}
		if (f.placeCode() != null) {
			// A grid's code is its community's and three digits more (15 digits); each has its index.
			sql.append(f.placeCode().length() > 12 ? " and c.grid_code = :place" : " and c.community_code = :place");
			params.put("place", f.placeCode());
		}
		if (f.leadUnitCode() != null) {
			sql.append(" and c.lead_unit_code = :lead");
			params.put("lead", f.leadUnitCode());
		}
		if (f.involvedUnit() != null) {
			// The text block loses its leading space to indentation stripping: keep the criteria apart.
			sql.append(' ').append("""
					 and exists (select 1 from cases.case_unit iu where iu.case_id = c.id and iu.active
					   and iu.unit_code = :involved and (iu.role <> 'WHISTLED' or iu.reported_at is null))""");
			params.put("involved", f.involvedUnit());
		}
		if (f.supervised() != null) {
			sql.append(f.supervised() ? " and c.supervision is not null" : " and c.supervision is null");
		}
		if (f.pending() != null) {
			sql.append(f.pending() ? " and c.pending is not null" : " and c.pending is null");
		}
		if (f.satisfaction() != null) {
			sql.append(" and c.satisfaction = :satisfaction");
			params.put("satisfaction", f.satisfaction().name());
		}
		if (Boolean.TRUE.equals(f.redispatched())) {
			sql.append(" and c.round > 1");
		}
		if (f.returned() != null) {
			sql.append(f.returned() ? " and c.return_count > 0" : " and c.return_count = 0");
		}
		if (f.q() != null && !f.q().isBlank()) {
			sql.append(" and (strpos(c.tracking_number, upper(:q)) > 0 or strpos(c.title, :q) > 0"
					+ " or strpos(coalesce(c.address, ''), :q) > 0)");
			params.put("q", f.q().strip());
		}
		if (f.from() != null) {
			sql.append(" and c.registered_at >= :from");
			params.put("from", java.sql.Timestamp.from(f.from()));
		}
		if (f.to() != null) {
			sql.append(" and c.registered_at < :to");
			params.put("to", java.sql.Timestamp.from(f.to()));
		}
		if (f.counted() != null) {
			sql.append(CountedEvents.filter(f.counted(), params));
		}
		return sql.toString();
	}

	private static String order(CaseFilter f) {
		return switch (f.sort() == null ? CaseFilter.Sort.NEWEST : f.sort()) {
			case NEWEST -> " order by c.registered_at desc, c.id desc";
			case OLDEST -> " order by c.registered_at, c.id";
			case DUE -> " order by c.running_due_at nulls last, c.id";
		};
	}

	/** A row of {@link #COLUMNS} as a list entry, its light as of {@code now}. */
	public CaseSummary summary(ResultSet rs, Instant now) throws SQLException {
		CaseState state = CaseState.valueOf(rs.getString("state"));
		PendingRequest pending = rs.getString("pending") == null ? null : PendingRequest.valueOf(rs.getString("pending"));
		CaseType type = CaseType.valueOf(rs.getString("type"));
		Channel channel = Channel.valueOf(rs.getString("channel"));
		Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
		Instant due = CaseRepository.instant(rs, "running_due_at");
		Instant yellow = CaseRepository.instant(rs, "running_yellow_at");
		Light light = due == null ? Light.NONE : now.isAfter(due) ? Light.RED : !now.isBefore(yellow) ? Light.YELLOW : Light.GREEN;
		SupervisionLevel supervision = rs.getString("supervision") == null ? null
				: SupervisionLevel.valueOf(rs.getString("supervision"));
		Satisfaction satisfaction = rs.getString("satisfaction") == null ? null
				: Satisfaction.valueOf(rs.getString("satisfaction"));
		CaseView.CategoryRef category = categories.find(rs.getString("category_code"))
			.map(c -> new CaseView.CategoryRef(c.code(), c.name(), c.fullName()))
			.orElse(null);
		return new CaseSummary(rs.getLong("id"), rs.getString("tracking_number"), rs.getInt("round"),
				new CaseView.State(state.name(), state.label(), state.terminal()),
				CaseView.Labelled.of(pending, pending == null ? null : pending.label()),
				CaseView.Labelled.of(type, type.label()), CaseView.Labelled.of(channel, channel.label()), category,
				CaseView.Labelled.of(urgency, urgency.label()), rs.getString("title"), rs.getString("address"),
				views.unit(rs.getString("street_code")), views.unit(rs.getString("lead_unit_code")),
				CaseRepository.instant(rs, "registered_at"), due, new CaseView.Labelled(light.name(), light.label()),
				CaseView.Labelled.of(supervision, supervision == null ? null : supervision.label()),
				rs.getInt("return_count"),
				CaseView.Labelled.of(satisfaction, satisfaction == null ? null : satisfaction.label()));
	}
}
