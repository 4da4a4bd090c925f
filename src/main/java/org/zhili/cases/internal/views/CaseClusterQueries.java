package org.zhili.cases.internal.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseClusters;
import org.zhili.cases.CaseState;
import org.zhili.cases.internal.record.CaseRepository;

/** The early warning's questions to the cases, each one indexed query (building key, or registration time). */
@Component
class CaseClusterQueries implements CaseClusters {

	private static final String COLUMNS = """
			c.id, c.tracking_number, c.title, c.registered_at, c.state, c.street_code, c.community_code, c.category_code,
			c.requester_phone_index, c.address_key""";

	private final JdbcClient jdbc;

	CaseClusterQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Cluster> unresolvedComplaints(Collection<String> addressKeys, Instant since, Instant until, int min) {
		if (addressKeys.isEmpty()) {
			return List.of();
		}
		List<Row> rows = jdbc.sql("select " + COLUMNS + """
				 from cases.case_record c
				where c.address_key in (:keys) and c.registered_at >= :since and c.registered_at < :until
				  and c.type = 'COMPLAINT'
				  and c.state not in ('VOIDED', 'MERGED') and (c.state <> 'CLOSED' or c.solved is not true)
				order by c.registered_at desc, c.id desc""")
			.param("keys", List.copyOf(addressKeys))
			.param("since", Timestamp.from(since))
			.param("until", Timestamp.from(until))
			.query(CaseClusterQueries::row)
			.list();
		Map<String, List<Member>> byBuilding = new LinkedHashMap<>();
		rows.forEach(r -> byBuilding.computeIfAbsent(r.addressKey, k -> new ArrayList<>()).add(r.member));
		return byBuilding.entrySet()
			.stream()
			.filter(e -> e.getValue().size() >= min)
			.map(e -> new Cluster(e.getKey(), null, null, List.copyOf(e.getValue())))
			.toList();
	}

	@Override
	public List<Cluster> callersOnOneTopic(Instant since, Instant until, int categoryLevel, int minPhones,
			Collection<String> communityCodes) {
		Map<String, Object> params = new HashMap<>();
		params.put("since", Timestamp.from(since));
		params.put("until", Timestamp.from(until));
		params.put("min", minPhones);
		params.put("length", 1 + 2 * categoryLevel);
		String communities = "";
		if (communityCodes != null) {
			if (communityCodes.isEmpty()) {
				return List.of();
			}
			communities = " and c.community_code in (:communities)";
			params.put("communities", List.copyOf(communityCodes));
		}
		// The groups first (an aggregate over the window), then only their members.
		String window = " c.registered_at >= :since and c.registered_at < :until and c.community_code is not null"
				+ " and c.category_code is not null and c.requester_phone_index is not null"
				+ " and c.state not in ('VOIDED', 'MERGED')" + communities;
		List<Row> rows = jdbc.sql("""
				with topic as (
				  select c.community_code, left(c.category_code, :length) as top from cases.case_record c
				   where %s
				   group by 1, 2 having count(distinct c.requester_phone_index) >= :min)
				select %s from cases.case_record c
				  join topic t on t.community_code = c.community_code and t.top = left(c.category_code, :length)
				 where %s
				 order by c.registered_at desc, c.id desc""".formatted(window, COLUMNS, window))
			.params(params)
			.query(CaseClusterQueries::row)
			.list();
		Map<String, List<Member>> byTopic = new LinkedHashMap<>();
		rows.forEach(r -> byTopic
			.computeIfAbsent(r.member.communityCode() + "|" + CaseClusters.topic(r.member.categoryCode(), categoryLevel), k -> new ArrayList<>())
			.add(r.member));
		return byTopic.entrySet().stream().map(e -> {
			String[] key = e.getKey().split("\\|");
			return new Cluster(null, key[0], key[1], List.copyOf(e.getValue()));
		}).toList();
	}

	@Override
	public List<String> buildingsRegistered(Instant from, Instant to) {
		return jdbc.sql("""
				select distinct address_key from cases.case_record
				 where registered_at >= :from and registered_at < :to and address_key is not null""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(String.class)
			.list();
	}

	@Override
	public List<String> communitiesRegistered(Instant from, Instant to) {
		return jdbc.sql("""
				select distinct community_code from cases.case_record
				 where registered_at >= :from and registered_at < :to and community_code is not null""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(String.class)
			.list();
	}

	private record Row(String addressKey, Member member) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("address_key"), new Member(rs.getLong("id"), rs.getString("tracking_number"),
				rs.getString("title"), CaseRepository.instant(rs, "registered_at"),
				CaseState.valueOf(rs.getString("state")).label(), rs.getString("street_code"),
				rs.getString("community_code"), rs.getString("category_code"), rs.getString("requester_phone_index")));
	}
}
