package org.zhili.cases.internal.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseState;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.DossierSource;

/**
 * 12345 cases in the one view of a person or a building: by the requester's phone (its blind index) or the
 * building key, within the reader's case scope as every case list. A reader who may not see requesters unmasked
 * does not find a person's confidential or anonymous requests under their phone: that would name them.
 */
@Component
class CaseDossierSource implements DossierSource {

	private static final String COLUMNS = """
			c.id, c.tracking_number, c.title, c.registered_at, c.state, c.lead_unit_code, c.street_code""";

	private final JdbcClient jdbc;
	private final CaseViews views;

	CaseDossierSource(JdbcClient jdbc, CaseViews views) {
		this.jdbc = jdbc;
		this.views = views;
	}

	@Override
	public String loop() {
		return "case";
	}

	@Override
	public String loopLabel() {
		return "12345工单";
	}

	@Override
	public List<Item> byPerson(String phoneIndex, String idNumberIndex, Actor reader, int limit) {
		// Cases keep no ID number: only the phone finds them.
		if (phoneIndex == null || !reader.has(Permission.CASE_VIEW)) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("phone", phoneIndex);
		String hidden = reader.has(Permission.PERSONAL_DATA_UNMASK) ? "" : " and not c.confidential and not c.anonymous";
		return query("c.requester_phone_index = :phone" + hidden, params, reader, limit);
	}

	@Override
	public List<Item> byAddress(String addressKey, Actor reader, int limit) {
		if (addressKey == null || !reader.has(Permission.CASE_VIEW)) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("key", addressKey);
		return query("c.address_key = :key", params, reader, limit);
	}

	private List<Item> query(String condition, Map<String, Object> params, Actor reader, int limit) {
		params.put("scope", reader.scope().pathPattern());
		params.put("limit", limit);
		return jdbc.sql("select " + COLUMNS + " from cases.case_record c where " + condition + " and "
				+ CaseAccess.VISIBLE_SQL + " order by c.registered_at desc, c.id desc limit :limit")
			.params(params)
			.query(this::item)
			.list();
	}

	private Item item(ResultSet rs, int n) throws SQLException {
		CaseState state = CaseState.valueOf(rs.getString("state"));
		String unit = rs.getString("lead_unit_code") != null ? rs.getString("lead_unit_code") : rs.getString("street_code");
		long id = rs.getLong("id");
		return new Item("case", loopLabel(), id, rs.getString("tracking_number"), rs.getString("title"), "/cases/" + id,
				CaseRepository.instant(rs, "registered_at"), state.label(), !state.terminal(),
				unit == null ? null : views.unit(unit).name());
	}
}
