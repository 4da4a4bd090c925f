package org.zhili.cases.internal.views;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseView;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.identity.Actor;

/** {@link CaseDirectory} over the case repository and the in-memory category tree. */
@Service
class CaseDirectoryService implements CaseDirectory {

	private final CaseRepository cases;
	private final CaseAccess access;
	private final CaseViews views;
	private final Categories categories;
	private final JdbcClient jdbc;

	CaseDirectoryService(CaseRepository cases, CaseAccess access, CaseViews views, Categories categories,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.views = views;
		this.categories = categories;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseView> find(long caseId, Actor actor) {
		return cases.find(caseId).filter(c -> access.visible(actor.scope(), c)).map(c -> views.of(c, actor, false));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseView> findByTrackingNumber(String trackingNumber, Actor actor) {
		return cases.findIdByTrackingNumber(trackingNumber).flatMap(id -> find(id, actor));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachComplaint(Instant since, Consumer<Complaint> consumer) {
		jdbc.sql("""
				select r.id, r.tracking_number, r.registered_at, r.type, r.title, r.description, r.address, r.street_code,
				       e.credit_code
				from cases.case_record r
				left join cases.enterprise_request e on e.case_id = r.id
				where r.registered_at >= :since and r.type in ('COMPLAINT', 'REPORT') and r.state not in ('VOIDED', 'MERGED')
				order by r.registered_at, r.id""")
			.param("since", Timestamp.from(since))
			.query((java.sql.ResultSet rs) -> {
				consumer.accept(new Complaint(rs.getLong("id"), rs.getString("tracking_number"),
						rs.getTimestamp("registered_at").toInstant(), CaseType.valueOf(rs.getString("type")),
						rs.getString("title"), rs.getString("description"), rs.getString("address"),
						rs.getString("street_code"), rs.getString("credit_code")));
			});
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachHistory(Consumer<History> consumer) {
		// Dispatches are read from each case's timeline through its (case, id) index: the first one's unit and time,
		// how many there were, and the last event of an ended case. A lateral lookup per case keeps the plan right on
		// freshly bulk-loaded tables that have no statistics yet.
		jdbc.sql("""
				select r.id, r.tracking_number, r.title, r.description, r.channel, r.category_code, r.street_code,
				       r.community_code, r.grid_code, r.lng, r.lat, r.registered_at, r.state, r.return_count,
				       t.first_unit, t.first_at, t.n,
				       case when r.state in ('CLOSED', 'VOIDED', 'MERGED') then t.last_at end as ended_at
				from cases.case_record r
				left join lateral (
				  select count(*) filter (where e.action in ('DISPATCH', 'DESIGNATE', 'REDISPATCH')) as n,
				         (array_agg(e.unit_code order by e.id)
				            filter (where e.action in ('DISPATCH', 'DESIGNATE', 'REDISPATCH')))[1] as first_unit,
				         min(e.occurred_at) filter (where e.action in ('DISPATCH', 'DESIGNATE', 'REDISPATCH')) as first_at,
				         max(e.occurred_at) as last_at
				  from cases.case_event e where e.case_id = r.id) t on true
				order by r.registered_at, r.id""")
			.query((java.sql.ResultSet rs) -> {
				Timestamp ended = rs.getTimestamp("ended_at");
				Timestamp first = rs.getTimestamp("first_at");
				consumer.accept(new History(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("title"),
						rs.getString("description"), rs.getString("channel"), rs.getString("category_code"),
						rs.getString("street_code"), rs.getString("community_code"), rs.getString("grid_code"),
						(Double) rs.getObject("lng"), (Double) rs.getObject("lat"),
						rs.getTimestamp("registered_at").toInstant(), rs.getString("state"),
						ended == null ? null : ended.toInstant(), rs.getString("first_unit"),
						first == null ? null : first.toInstant(), rs.getInt("n"), rs.getInt("return_count")));
			});
	}

	@Override
	public List<Category> categories() {
		return categories.directory();
	}

	@Override
	public Optional<CaseView.Unit> leadUnitFor(String categoryCode, String streetCode) {
		return Optional.ofNullable(categories.leadUnitFor(categoryCode, streetCode)).map(views::unit);
	}
}
