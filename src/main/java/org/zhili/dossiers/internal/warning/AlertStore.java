package org.zhili.dossiers.internal.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.dossiers.Alert;
import org.zhili.dossiers.EarlyWarningRule;
import org.zhili.dossiers.internal.DossierProperties;
import org.zhili.org.OrgUnits;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The early warnings raised: once per matter, with their evidence, their handling and the petition that followed. */
@Repository
class AlertStore {

	/**
	 * An alert to raise.
	 *
	 * @param dedupeKey the same matter raises one alert, however often it is seen
	 * @param quietFor no second alert on the same subject (rule and building, or rule, community and category) within
	 *        this time after the last
	 * @param phones the blind indexes of the phones behind the evidence
	 */
	record Draft(EarlyWarningRule rule, String dedupeKey, String streetCode, String communityCode, String addressKey,
			String categoryCode, String summary, List<Alert.Evidence> evidence, Collection<String> phones,
			Instant raisedAt, Duration quietFor) {
	}

	static final String STATE_OPEN = "OPEN";

	private static final TypeReference<List<Alert.Evidence>> EVIDENCE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrgUnits units;
	private final Duration petitionWindow;

	AlertStore(JdbcClient jdbc, JsonMapper json, OrgUnits units, DossierProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.units = units;
		this.petitionWindow = properties.earlyWarning().petitionWindow();
	}

	/** Records the alert unless its matter was raised already; answers its id when recorded. */
	Optional<Long> raise(Draft d) {
		String subject = d.rule() + "|" + d.addressKey() + "|" + d.communityCode() + "|" + d.categoryCode();
		// Two registrations at one building, committed together, must not both raise it.
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:s))").param("s", subject).query((rs, n) -> 1).list();
		boolean recent = jdbc.sql("""
				select exists (select 1 from dossiers.alert where rule = :rule
				   and address_key is not distinct from :key and community_code is not distinct from :community
				   and category_code is not distinct from :category and raised_at > :after and raised_at <= :at)""")
			.param("rule", d.rule().name())
			.param("key", d.addressKey())
			.param("community", d.communityCode())
			.param("category", d.categoryCode())
			.param("after", Timestamp.from(d.raisedAt().minus(d.quietFor())))
			.param("at", Timestamp.from(d.raisedAt()))
			.query(Boolean.class)
			.single();
		if (recent) {
			return Optional.empty();
		}
		Optional<Long> id = jdbc.sql("""
				insert into dossiers.alert (rule, dedupe_key, street_code, community_code, address_key, category_code,
				  summary, evidence, raised_at)
				values (:rule, :dedupe, :street, :community, :key, :category, :summary, cast(:evidence as jsonb), :at)
				on conflict (dedupe_key) do nothing returning id""")
			.param("rule", d.rule().name())
			.param("dedupe", d.dedupeKey())
			.param("street", d.streetCode())
			.param("community", d.communityCode())
			.param("key", d.addressKey())
			.param("category", d.categoryCode())
			.param("summary", d.summary().length() > 300 ? d.summary().substring(0, 300) : d.summary())
			.param("evidence", json.writeValueAsString(d.evidence()))
			.param("at", Timestamp.from(d.raisedAt()))
			.query(Long.class)
			.optional();
		id.ifPresent(alert -> d.phones().stream().distinct().forEach(phone -> jdbc.sql("""
				insert into dossiers.alert_phone (alert_id, phone_index) values (:id, :phone) on conflict do nothing""")
			.param("id", alert)
			.param("phone", phone)
			.update()));
		id.ifPresent(alert -> followedAlready(alert, d));
		return id;
	}

	/** An alert raised late (a sweep over past intake) may already have been followed by a petition heard of. */
	private void followedAlready(long alert, Draft d) {
		jdbc.sql("""
				update dossiers.alert a set petition_id = p.petition_id, petition_ref = p.tracking_number,
				       petition_at = p.registered_at
				  from (select s.* from dossiers.petition_seen s
				         where s.registered_at >= :at and s.registered_at < :until
				           and (s.address_key = :key or s.phone_index in (select phone_index from dossiers.alert_phone
				                                                           where alert_id = :id))
				         order by s.registered_at limit 1) p
				 where a.id = :id""")
			.param("id", alert)
			.param("key", d.addressKey())
			.param("at", Timestamp.from(d.raisedAt()))
			.param("until", Timestamp.from(d.raisedAt().plus(petitionWindow)))
			.update();
	}

	/** Remembers a petition for alerts raised after it is heard of. */
	void seen(long petitionId, String trackingNumber, String addressKey, String phoneIndex, Instant at) {
		jdbc.sql("""
				insert into dossiers.petition_seen (petition_id, tracking_number, address_key, phone_index, registered_at)
				values (:id, :ref, :key, :phone, :at) on conflict do nothing""")
			.param("id", petitionId)
			.param("ref", trackingNumber)
			.param("key", addressKey)
			.param("phone", phoneIndex)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Marks the alerts raised within {@code window} before a petition, at its building or with its phone, as
	 * preceding it (each alert the first petition that followed it); answers how many.
	 */
	int followedBy(long petitionId, String trackingNumber, Instant at, String addressKey, String phoneIndex) {
		Duration window = petitionWindow;
		if (addressKey == null && phoneIndex == null) {
			return 0;
		}
		return jdbc.sql("""
				update dossiers.alert a set petition_id = :id, petition_ref = :ref, petition_at = :at
				 where a.petition_id is null and a.raised_at <= :at and a.raised_at > :since
				   and (a.address_key = :key
				        or exists (select 1 from dossiers.alert_phone p where p.alert_id = a.id and p.phone_index = :phone))""")
			.param("id", petitionId)
			.param("ref", trackingNumber)
			.param("at", Timestamp.from(at))
			.param("since", Timestamp.from(at.minus(window)))
			.param("key", addressKey)
			.param("phone", phoneIndex)
			.update();
	}

	/** The alerts of these streets (every alert when {@code null}), newest first. */
	List<Alert> list(Collection<String> streets, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		String where = streets == null ? "true" : streets.isEmpty() ? "false" : "street_code in (:streets)";
		if (streets != null && !streets.isEmpty()) {
			params.put("streets", List.copyOf(streets));
		}
		return jdbc.sql("select * from dossiers.alert where " + where + " order by raised_at desc, id desc limit :limit")
			.params(params)
			.query(this::alert)
			.list();
	}

	/**
	 * How many of these streets' alerts (all when {@code null}) a petition followed, of how many, and the mean days
	 * from alert to petition.
	 */
	Figures figures(Collection<String> streets) {
		Map<String, Object> params = new HashMap<>();
		String where = streets == null ? "true" : streets.isEmpty() ? "false" : "street_code in (:streets)";
		if (streets != null && !streets.isEmpty()) {
			params.put("streets", List.copyOf(streets));
		}
		return jdbc.sql("""
				select count(*) as alerts, count(petition_id) as followed,
				       avg(extract(epoch from petition_at - raised_at) / 86400) as lead_days
				  from dossiers.alert where\s""" + where)
			.params(params)
			.query((rs, n) -> new Figures(rs.getLong("alerts"), rs.getLong("followed"),
					rs.getObject("lead_days") == null ? null : Math.round(rs.getDouble("lead_days") * 10) / 10.0))
			.single();
	}

	/** @param meanLeadDays the mean days from an alert to the petition that followed it, or {@code null} */
	record Figures(long alerts, long followedByPetition, Double meanLeadDays) {
	}

	boolean anyIntake() {
		return jdbc.sql("select exists (select 1 from dossiers.alert where rule <> 'MEDIATION_FAILED')").query(Boolean.class)
			.single();
	}

	Optional<Alert> find(long id) {
		return jdbc.sql("select * from dossiers.alert where id = :id").param("id", id).query(this::alert).optional();
	}

	/** Moves an alert on (签收, 处置); answers whether it was in {@code from}. */
	boolean move(long id, List<String> from, String to, String by, Instant at, String note) {
		return jdbc.sql("""
				update dossiers.alert set state = :to, handled_by = :by, handled_at = :at,
				       handling_note = coalesce(:note, handling_note)
				 where id = :id and state in (:from)""")
			.param("id", id)
			.param("from", from)
			.param("to", to)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("note", note)
			.update() == 1;
	}

	private Alert alert(ResultSet rs, int n) throws SQLException {
		EarlyWarningRule rule = EarlyWarningRule.valueOf(rs.getString("rule"));
		String street = rs.getString("street_code");
		String state = rs.getString("state");
		Timestamp handled = rs.getTimestamp("handled_at");
		Timestamp petitionAt = rs.getTimestamp("petition_at");
		return new Alert(rs.getLong("id"), rule, rule.label(), street,
				street == null ? null : units.find(street).map(u -> u.name()).orElse(street),
				rs.getString("community_code"), rs.getString("address_key"), rs.getString("category_code"),
				rs.getString("summary"), json.readValue(rs.getString("evidence"), EVIDENCE),
				rs.getTimestamp("raised_at").toInstant(), state, AlertState.valueOf(state).label(),
				rs.getString("handled_by"), handled == null ? null : handled.toInstant(), rs.getString("handling_note"),
				petitionAt == null ? null
						: new Alert.FollowedBy(rs.getLong("petition_id"), rs.getString("petition_ref"),
								petitionAt.toInstant()));
	}
}
