package org.zhili.cases.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseSummary;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.identity.DataScope;
import org.zhili.org.District;
import org.zhili.org.Location;

/**
 * Open cases at the place an operator is registering a call for: in the same grid, the same community, or
 * with a similar address — so that a second call about the same problem is seen as one (and can be merged)
 * before it is dispatched again. Within the viewer's scope, like every list.
 *
 * <p>Addresses are compared by their character pairs (Chinese addresses have no spaces): a case matches
 * when most pairs of the shorter of the two addresses occur in the other one.
 */
@Repository
class NearbyCases {

	/** Why a case is listed. */
	enum Match {
		GRID, COMMUNITY, ADDRESS
	}

	record Nearby(CaseSummary kase, Match match) {
	}

	static final int LIMIT = 10;
	/** Share of the shorter address's character pairs that the other must contain. */
	private static final double SIMILARITY = 0.75;
	private static final int MIN_PAIRS = 3;

	private final JdbcClient jdbc;
	private final CaseQueries queries;
	private final Clock clock;
	/** What an address may start with before its street: the city and the district. */
	private final List<String> prefixes;

	NearbyCases(JdbcClient jdbc, CaseQueries queries, Clock clock, District district) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.clock = clock;
		this.prefixes = district.addressPrefixes();
	}

	/**
	 * @param location where the point lies, or {@code null}
	 * @param address the address as typed, or {@code null}
	 */
	List<Nearby> find(DataScope scope, Location location, String address) {
		String community = location == null || location.community() == null ? null : location.community().code();
		String grid = location == null || location.grid() == null ? null : location.grid().code();
		List<String> pairs = pairs(address, prefixes);
		if (community == null && grid == null && pairs.size() < MIN_PAIRS) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("scope", scope.pathPattern());
		params.put("ended", List.of(CaseState.CLOSED.name(), CaseState.VOIDED.name(), CaseState.MERGED.name()));
		params.put("grid", grid == null ? "" : grid);
		params.put("community", community == null ? "" : community);
		params.put("pairs", String.join("\u001f", pairs));
		params.put("needed", Math.max(MIN_PAIRS, (int) Math.ceil(pairs.size() * SIMILARITY)));
		params.put("ratio", SIMILARITY);
		params.put("limit", LIMIT);
		// Pairs of the typed address found in the case's address, compared with the shorter of the two.
		String common = pairs.size() < MIN_PAIRS ? "0" : """
				(select count(*) from unnest(string_to_array(:pairs, chr(31))) p where strpos(coalesce(c.address, ''), p) > 0)""";
		String sql = """
				select * from (
				  select %s, %s as common, char_length(coalesce(c.address, '')) - 1 as own_pairs
				  from cases.case_record c
				  where %s and c.state not in (:ended)
				) c
				where c.grid_code = :grid or c.community_code = :community
				   or (c.common >= %d and c.common >= :ratio * least(c.own_pairs, %d))
				order by case when c.grid_code = :grid then 0 when c.community_code = :community then 1 else 2 end,
				  c.common desc, c.registered_at desc
				limit :limit""".formatted(CaseQueries.COLUMNS + ", c.grid_code, c.community_code", common,
				CaseAccess.VISIBLE_SQL, MIN_PAIRS, Math.max(pairs.size(), 1));
		Instant now = clock.instant();
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Nearby(queries.summary(rs, now),
					grid != null && grid.equals(rs.getString("grid_code")) ? Match.GRID
							: community != null && community.equals(rs.getString("community_code")) ? Match.COMMUNITY
									: Match.ADDRESS))
			.list();
	}

	/**
	 * The distinct pairs of consecutive characters of an address, without spaces, punctuation and the city or
	 * district it starts with ({@code prefixes}, in this order).
	 */
	static List<String> pairs(String address, List<String> prefixes) {
		if (address == null) {
			return List.of();
		}
		String a = address.replaceAll("[\\s\\p{Punct}，。、（）·]", "");
		for (String prefix : prefixes) {
			if (a.startsWith(prefix)) {
				a = a.substring(prefix.length());
			}
		}
		Set<String> pairs = new LinkedHashSet<>();
		for (int i = 0; i + 2 <= a.length() && pairs.size() < 40; i++) {
			pairs.add(a.substring(i, i + 2));
		}
		return List.copyOf(pairs);
	}
}
