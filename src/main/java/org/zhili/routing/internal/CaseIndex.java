package org.zhili.routing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseState;

/** routing's own record of every case, kept from the cases module's events. */
@Repository
class CaseIndex {

	/** One indexed case. */
	record Entry(long caseId, String trackingNumber, String title, String text, String channel, String streetCode,
			String communityCode, String gridCode, Double lng, Double lat, Instant registeredAt, String categoryCode,
			String topCategory, String predictedLabel, Double predictedConfidence, int dispatches, int returns,
			boolean returnedSinceDispatch, boolean open, boolean autoDispatched) {

		Neighbour neighbour() {
			return new Neighbour(caseId, trackingNumber, title, text, communityCode, gridCode, lng, lat, registeredAt);
		}
	}

	/** What a search for repeated requests compares of an open case: its place and time, and its text if read. */
	record Neighbour(long caseId, String trackingNumber, String title, String text, String communityCode,
			String gridCode, Double lng, Double lat, Instant registeredAt) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	CaseIndex(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Records newly registered cases (each once: later calls change nothing), in one round trip; answers which were new. */
	Set<Long> insertRegistered(List<CaseListeners.Classified> cases) {
		List<Object[]> rows = new ArrayList<>(cases.size());
		for (CaseListeners.Classified k : cases) {
			CaseRegistered c = k.kase();
			rows.add(new Object[] { c.caseId(), c.trackingNumber(), c.title() == null ? "" : c.title(), k.text(),
					c.channel().name(), c.streetCode(), c.communityCode(), c.gridCode(), c.lng(), c.lat(),
					Timestamp.from(c.registeredAt()), c.categoryCode(), k.topCategory(), k.predictedLabel(),
					k.prediction().confidence(), k.modelVersion(), !c.state().terminal() });
		}
		int[] counts = batch.batchUpdate("""
				insert into routing.case_index (case_id, tracking_number, title, text, channel, street_code, community_code,
				  grid_code, lng, lat, registered_at, category_code, top_category, predicted_label, predicted_confidence,
				  model_version, open)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (case_id) do nothing""", rows);
		Set<Long> added = new HashSet<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] != 0) {
				added.add(cases.get(i).kase().caseId());
			}
		}
		return added;
	}

	/** A case as rebuilt from the cases module's history, with the model's reading of it. */
	record Rebuilt(CaseDirectory.History history, String text, String topCategory, String predictedLabel,
			double confidence, String modelVersion) {
	}

	/** Records cases read in bulk (see {@link IndexBackfill}); cases already indexed are left as they are. */
	void insertAll(List<Rebuilt> cases) {
		List<Object[]> rows = new java.util.ArrayList<>(cases.size());
		for (Rebuilt r : cases) {
			CaseDirectory.History h = r.history();
			boolean dispatched = h.dispatches() > 0;
			rows.add(new Object[] { h.id(), h.trackingNumber(), h.title() == null ? "" : h.title(), r.text(), h.channel(),
					h.streetCode(), h.communityCode(), h.gridCode(), h.lng(), h.lat(), Timestamp.from(h.registeredAt()),
					h.categoryCode(), r.topCategory(), r.predictedLabel(), r.confidence(), r.modelVersion(),
					dispatched ? r.topCategory() : null, h.firstDispatchUnit(),
					h.firstDispatchedAt() == null ? null : Timestamp.from(h.firstDispatchedAt()),
					// the first dispatch was returned when any return was approved (a return follows a dispatch)
					dispatched && h.returns() > 0, h.dispatches(), h.returns(), !CaseState.valueOf(h.state()).terminal(),
					CaseState.valueOf(h.state()).terminal() ? h.state() : null,
					h.endedAt() == null ? null : Timestamp.from(h.endedAt()) });
		}
		batch.batchUpdate("""
				insert into routing.case_index (case_id, tracking_number, title, text, channel, street_code, community_code,
				  grid_code, lng, lat, registered_at, category_code, top_category, predicted_label, predicted_confidence,
				  model_version, first_dispatch_category, first_dispatch_unit, first_dispatched_at, first_dispatch_returned,
				  dispatches, returns, open, final_state, ended_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (case_id) do nothing""", rows);
	}

	boolean isEmpty() {
		return !jdbc.sql("select exists (select 1 from routing.case_index)").query(Boolean.class).single();
	}

	/** The text routing reads: title, newline, description (the title alone when it repeats the description's start). */
	static String textOf(String caseTitle, String caseDescription) {
		String title = caseTitle == null ? "" : caseTitle.strip();
		String description = caseDescription == null ? "" : caseDescription.strip();
		String bare = title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
		if (bare.isEmpty() || description.startsWith(bare)) {
			return description;
		}
		return title + "\n" + description;
	}

	Optional<Entry> find(long caseId) {
		return jdbc.sql("select * from routing.case_index where case_id = :id").param("id", caseId).query(new EntryMapper())
			.optional();
	}

	/** Which of the cases are not in the index yet, in one query. */
	List<Long> missing(List<Long> caseIds) {
		return caseIds.isEmpty() ? List.of() : jdbc.sql("select id from unnest(cast(:ids as bigint[])) as id "
				+ "where not exists (select 1 from routing.case_index i where i.case_id = id) order by id")
			.param("ids", caseIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	void markAutoDispatched(long caseId) {
		jdbc.sql("update routing.case_index set auto_dispatched = true where case_id = :id").param("id", caseId).update();
	}

	/**
	 * A dispatch: the category now, the first dispatch remembered (category and unit), the return that preceded it
	 * consumed.
	 */
	void dispatched(long caseId, String categoryCode, String topCategory, String unitCode, Instant at) {
		jdbc.sql("""
				update routing.case_index set
				  category_code = coalesce(:category, category_code), top_category = coalesce(:top, top_category),
				  first_dispatch_category = coalesce(first_dispatch_category, :top),
				  first_dispatch_unit = coalesce(first_dispatch_unit, :unit),
				  first_dispatched_at = coalesce(first_dispatched_at, :at),
				  dispatches = dispatches + 1, returned_since_dispatch = false
				where case_id = :id""")
			.param("id", caseId)
			.param("category", categoryCode)
			.param("top", topCategory)
			.param("unit", unitCode)
			.param("at", Timestamp.from(at))
			.update();
	}

	void returned(long caseId) {
		jdbc.sql("""
				update routing.case_index set returns = returns + 1, returned_since_dispatch = true,
				  first_dispatch_returned = first_dispatch_returned or dispatches = 1
				where case_id = :id""").param("id", caseId).update();
	}

	void ended(long caseId, String state, Instant at) {
		jdbc.sql("update routing.case_index set open = false, final_state = :state, ended_at = :at where case_id = :id")
			.param("id", caseId)
			.param("state", state)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Open cases registered since {@code from}, newest first, at most {@code limit}. */
	List<Entry> openSince(Instant from, int limit) {
		return jdbc.sql("""
				select * from routing.case_index where open and registered_at >= :from
				order by registered_at desc limit :limit""")
			.param("from", Timestamp.from(from))
			.param("limit", limit)
			.query(new EntryMapper())
			.list();
	}

	/**
	 * Open cases registered since {@code from} that may be at the same place as a new one: the newest
	 * {@code perArea} of each of these communities, and the newest {@code perArea} without a community of their
	 * own. However many cases a flood of calls leaves open, a new case is compared with a bounded neighbourhood,
	 * read by index, not with the district. The neighbours come without their text (it is {@code null}): the finder
	 * signs a case's text once and keeps the signature, so reading every neighbour's text again for each new case
	 * would be wasted; see {@link #texts}.
	 */
	List<Neighbour> openNear(Instant from, Collection<String> communities, int perArea) {
		Map<String, Integer> limits = new LinkedHashMap<>();
		communities.forEach(c -> limits.put(c, perArea));
		return openNear(from, limits, perArea);
	}

	/**
	 * The same for a batch of new cases at once: the newest {@code limits.get(c)} open cases of each community
	 * {@code c}, and the newest {@code placeless} without a community.
	 */
	List<Neighbour> openNear(Instant from, Map<String, Integer> limits, int placeless) {
		String columns = "case_id, tracking_number, title, community_code, grid_code, lng, lat, registered_at";
		String withoutCommunity = """
				(select %s from routing.case_index where open and community_code is null and registered_at >= :from
				 order by registered_at desc limit :placeless)""".formatted(columns);
		String sql = limits.isEmpty() ? withoutCommunity : """
				select n.* from unnest(cast(:communities as text[]), cast(:limits as int[])) as c(code, lim) cross join lateral
				  (select %s from routing.case_index i where i.community_code = c.code and i.open
				   and i.registered_at >= :from order by i.registered_at desc limit c.lim) n
				union all %s""".formatted(columns, withoutCommunity);
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", Timestamp.from(from)).param("placeless", placeless);
		if (!limits.isEmpty()) {
			statement = statement.param("communities", limits.keySet().toArray(String[]::new))
				.param("limits", limits.values().toArray(Integer[]::new));
		}
		// Some hundreds of rows for every case registered: read by position, in the order selected.
		return statement.query((rs, n) -> new Neighbour(rs.getLong(1), rs.getString(2), rs.getString(3), null,
				rs.getString(4), rs.getString(5), (Double) rs.getObject(6), (Double) rs.getObject(7),
				rs.getTimestamp(8).toInstant())).list();
	}

	/** The texts of these cases, by case id (in one query). */
	Map<Long, String> texts(Collection<Long> caseIds) {
		Map<Long, String> texts = new HashMap<>();
		if (caseIds.isEmpty()) {
			return texts;
		}
		jdbc.sql("select case_id, text from routing.case_index where case_id in (:ids)")
			.param("ids", List.copyOf(caseIds))
			.query((ResultSet rs) -> {
				texts.put(rs.getLong(1), rs.getString(2));
			});
		return texts;
	}

	/**
	 * Maps rows to entries, finding each column's position once per result instead of once per row: the open cases
	 * compared with a case without a place are up to thousands of rows ({@link #openSince}).
	 */
	private static final class EntryMapper implements RowMapper<Entry> {

		private static final String[] COLUMNS = { "case_id", "tracking_number", "title", "text", "channel", "street_code",
				"community_code", "grid_code", "lng", "lat", "registered_at", "category_code", "top_category",
				"predicted_label", "predicted_confidence", "dispatches", "returns", "returned_since_dispatch", "open",
				"auto_dispatched" };

		private int[] at;

		@Override
		public Entry mapRow(ResultSet rs, int n) throws SQLException {
			if (at == null) {
				at = new int[COLUMNS.length];
				for (int i = 0; i < COLUMNS.length; i++) {
					at[i] = rs.findColumn(COLUMNS[i]);
				}
			}
			return new Entry(rs.getLong(at[0]), rs.getString(at[1]), rs.getString(at[2]), rs.getString(at[3]),
					rs.getString(at[4]), rs.getString(at[5]), rs.getString(at[6]), rs.getString(at[7]),
					(Double) rs.getObject(at[8]), (Double) rs.getObject(at[9]), rs.getTimestamp(at[10]).toInstant(),
					rs.getString(at[11]), rs.getString(at[12]), rs.getString(at[13]),
					rs.getObject(at[14]) == null ? null : rs.getDouble(at[14]), rs.getInt(at[15]), rs.getInt(at[16]),
					rs.getBoolean(at[17]), rs.getBoolean(at[18]), rs.getBoolean(at[19]));
		}
	}
}
