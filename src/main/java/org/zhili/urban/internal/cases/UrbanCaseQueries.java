package org.zhili.urban.internal.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.ClockLight;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.process.Photos;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.Party;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;

import static org.zhili.urban.internal.cases.UrbanCaseWorkflow.WORKFLOW;

/** Reads of urban cases for a reader: lists with filters and stage lights, one case whole, the queues, the shares. */
@Service
@Transactional(readOnly = true)
public class UrbanCaseQueries {

	/** Which cases a reader sees: all, or those they reported, their unit handles or lies in, or they patrol. */
	record Visibility(boolean all, String username, String unit, Set<String> patrol) {

		static final Visibility ALL = new Visibility(true, "", "", Set.of());
	}

	/**
	 * A list's filter; {@code null} fields do not filter.
	 *
	 * @param states the states wanted (empty: all)
	 * @param open only open cases
	 */
	record Filter(Set<State> states, boolean open, String streetCode, String handlerCode, String source, String kind,
			String classCode, String q, String light, int limit) {
	}

	/** The shares the list's header shows, over the cases the reader sees. */
	record Shares(long cases, long registered, long postponed, long suspended, long voided, long returned, long reworked,
			double postponedShare, double suspendedShare, double voidedShare) {
	}

	private final JdbcClient jdbc;
	private final UrbanCaseStore store;
	private final UrbanCaseAccess access;
	private final UrbanCaseViews views;
	private final UrbanCaseSteps steps;
	private final UrbanCaseRules rules;
	private final UrbanCatalogue catalogue;
	private final Clocks clocks;
	private final Journal journal;
	private final Photos photos;
	private final Supervisions supervisions;
	private final Links links;
	private final Clock clock;

	UrbanCaseQueries(JdbcClient jdbc, UrbanCaseStore store, UrbanCaseAccess access, UrbanCaseViews views,
			UrbanCaseSteps steps, UrbanCaseRules rules, UrbanCatalogue catalogue, Clocks clocks, Journal journal,
			Photos photos, Supervisions supervisions, Links links, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.views = views;
		this.steps = steps;
		this.rules = rules;
		this.catalogue = catalogue;
		this.clocks = clocks;
		this.journal = journal;
		this.photos = photos;
		this.supervisions = supervisions;
		this.links = links;
		this.clock = clock;
	}

	public List<UrbanCaseViews.Line> lines(Filter f, Actor reader) {
		Visibility v = access.visibility(reader);
		StringBuilder sql = new StringBuilder("select * from urban.case_file c where ").append(scope(v));
		Map<String, Object> params = new HashMap<>();
		scopeParams(v, params);
		if (!f.states().isEmpty()) {
			sql.append(" and c.state in (:states)");
			params.put("states", f.states().stream().map(Enum::name).toList());
		}
		if (f.open()) {
			sql.append(" and c.state in (:openStates)");
			params.put("openStates", UrbanCaseWorkflow.OPEN.stream().map(Enum::name).toList());
		}
		where(sql, params, "c.street_code = :street", "street", f.streetCode());
		where(sql, params, "c.handler_code = :handler", "handler", f.handlerCode());
		where(sql, params, "c.source = :source", "source", f.source());
		where(sql, params, "c.kind = :kind", "kind", f.kind());
		where(sql, params, "c.class_code = :class", "class", f.classCode());
		if (f.q() != null && !f.q().isBlank()) {
			sql.append(" and (c.description like :q or c.reference like :q or c.address like :q)");
			params.put("q", "%" + f.q().strip().replace("%", "").replace("_", "") + "%");
		}
		sql.append(" order by c.reported_at desc, c.id desc limit :limit");
		// a light filter looks at the open cases' clocks after the read; read more then
		params.put("limit", f.light() == null ? f.limit() : Math.max(f.limit() * 5, 2000));
		List<UrbanCaseStore.Row> rows = jdbc.sql(sql.toString()).params(params).query(UrbanCaseStore::row).list();
		List<UrbanCaseViews.Line> lines = lines(rows);
		if (f.light() != null) {
			lines = lines.stream().filter(l -> f.light().equals(l.light())).limit(f.limit()).toList();
		}
		return lines;
	}

	/** The 待核实 and 待核查 cases of the areas the 监督员 patrols, oldest first. */
	public List<UrbanCaseViews.Line> patrolQueue(Actor patroller, State state) {
		Set<String> areas = access.visibility(patroller).all() ? Set.of() : access.visibility(patroller).patrol();
		if (areas.isEmpty()) {
			return List.of();
		}
		List<UrbanCaseStore.Row> rows = jdbc.sql("""
				select * from urban.case_file where state = :state
				  and (grid_code in (:areas) or community_code in (:areas) or street_code in (:areas))
				order by reported_at limit 200""")
			.param("state", state.name()).param("areas", List.copyOf(areas)).query(UrbanCaseStore::row).list();
		return lines(rows);
	}

	/** The cases with a request awaiting the 值班长, oldest request first. */
	public List<Map.Entry<UrbanCaseViews.RequestView, UrbanCaseViews.Line>> approvals(Actor reader) {
		List<UrbanCaseStore.Request> pending = store.pendingRequests();
		Map<Long, UrbanCaseViews.Line> lines = new HashMap<>();
		List<UrbanCaseStore.Row> rows = new ArrayList<>();
		pending.forEach(q -> store.find(q.caseId()).filter(r -> access.sees(r, reader)).ifPresent(rows::add));
		lines(rows).forEach(l -> lines.put(l.id(), l));
		List<Map.Entry<UrbanCaseViews.RequestView, UrbanCaseViews.Line>> out = new ArrayList<>();
		for (UrbanCaseStore.Request q : pending) {
			if (lines.containsKey(q.caseId())) {
				out.add(Map.entry(views.request(q), lines.get(q.caseId())));
			}
		}
		return out;
	}

	public Shares shares(Actor reader) {
		Visibility v = access.visibility(reader);
		Map<String, Object> params = new HashMap<>();
		scopeParams(v, params);
		return jdbc.sql("""
				select count(*) as cases, count(*) filter (where c.registered_at is not null) as registered,
				    count(*) filter (where c.postponed) as postponed, count(*) filter (where c.suspended) as suspended,
				    count(*) filter (where c.voided) as voided, count(*) filter (where c.misdispatches > 0) as returned,
				    count(*) filter (where c.reworks > 0) as reworked
				from urban.case_file c""" + " where " + scope(v))
			.params(params)
			.query((rs, n) -> {
				long registered = rs.getLong("registered");
				return new Shares(rs.getLong("cases"), registered, rs.getLong("postponed"), rs.getLong("suspended"),
						rs.getLong("voided"), rs.getLong("returned"), rs.getLong("reworked"),
						share(rs.getLong("postponed"), registered), share(rs.getLong("suspended"), registered),
						share(rs.getLong("voided"), rs.getLong("cases")));
			})
			.single();
	}

	public UrbanCaseViews.Detail detail(long id, Actor reader) {
		UrbanCaseStore.Row r = access.visible(store.find(id), reader);
		UrbanCaseViews.Line line = lines(List.of(r)).get(0);
		Set<Party> parties = access.parties(r, reader);
		UrbanCaseWorkflow.Facts facts = steps.facts(r);
		Set<UrbanCaseWorkflow.Action> allowed = WORKFLOW.allowed(facts, parties);
		List<String> requestKinds = allowed.contains(UrbanCaseWorkflow.Action.REQUEST)
				? UrbanCaseWorkflow.requestsOf(parties, r.state()).stream().map(Enum::name).toList() : List.of();
		CatalogueClass c = catalogue.find(ClassKind.valueOf(r.kind()), r.classCode()).orElse(null);
		List<UrbanCaseViews.RequestView> requests = store.requests(id).stream().map(views::request).toList();
		UrbanCaseViews.RequestView pending = requests.stream().filter(q -> q.decision() == null).findFirst().orElse(null);
		List<UrbanCaseViews.PhotoView> photoViews = photos.of(UrbanCases.LOOP, id).stream()
			.map(p -> new UrbanCaseViews.PhotoView(p.id(), "/api/v1/photos/" + UrbanCases.LOOP + "/" + id + "/" + p.id(),
					p.fileName(), p.uploadedBy(), p.uploadedAt()))
			.toList();
		return new UrbanCaseViews.Detail(r.id(), r.reference(), r.kind(), ClassKind.valueOf(r.kind()).label(),
				r.classCode(), views.className(r), c == null ? null : c.registerCondition(),
				c == null ? null : c.closeCondition(), r.componentId(), r.urgent(), r.description(), r.address(), r.lng(),
				r.lat(), r.gridCode(), views.unit(r.communityCode()), views.unit(r.streetCode()), r.source(),
				UrbanCaseViews.sourceLabel(r.source()), r.hotlineCaseId(), r.hotlineReference(), r.state().name(),
				r.state().label(), line.stage(), line.stageLabel(), line.due(), line.light(), line.lightLabel(),
				views.unit(r.handlerCode()), r.handleLimit(), r.reportedBy(), r.reportedAt(), UrbanCaseViews.stages(r),
				r.reworks(), r.misdispatches(), r.postponed(), r.suspended(), r.voided(), r.valid(), pending, requests,
				UrbanCaseSteps.paths(allowed), requestKinds,
				r.state() == State.TO_DISPATCH ? views.unit(steps.suggestedHandler(r)) : null,
				journal.timeline(UrbanCases.LOOP, id), photoViews, supervisions.of(UrbanCases.LOOP, id),
				links.of(UrbanCases.LOOP, id));
	}

	public List<TimelineEntry> timeline(long id, Actor reader) {
		access.visible(store.find(id), reader);
		return journal.timeline(UrbanCases.LOOP, id);
	}

	/** Lines with each open case's stage light, its clocks read in one query per stage. */
	List<UrbanCaseViews.Line> lines(List<UrbanCaseStore.Row> rows) {
		Map<String, List<Long>> byStage = new HashMap<>();
		rows.stream().filter(r -> r.state().clock() != null)
			.forEach(r -> byStage.computeIfAbsent(r.state().clock(), k -> new ArrayList<>()).add(r.id()));
		Map<String, Map<Long, Instant>> dues = new HashMap<>();
		byStage.forEach((stage, ids) -> dues.put(stage, clocks.dueOf(UrbanCases.LOOP, stage, ids)));
		Map<Long, String> pending = pendingKinds(rows.stream().map(UrbanCaseStore.Row::id).toList());
		Instant now = clock.instant();
		List<UrbanCaseViews.Line> lines = new ArrayList<>(rows.size());
		for (UrbanCaseStore.Row r : rows) {
			String stage = r.state().clock();
			Instant due = stage == null ? null : dues.getOrDefault(stage, Map.of()).get(r.id());
			ClockLight light = null;
			if (due != null) {
				Instant start = stageStart(r);
				light = ClockLight.at(now, start == null ? null : UrbanCaseClocks.warnAt(start, due, rules.warnShare()), due);
			}
			String p = pending.get(r.id());
			lines.add(new UrbanCaseViews.Line(r.id(), r.reference(), r.kind(), r.classCode(), views.className(r),
					r.description(), views.unitName(r.streetCode()), r.source(), UrbanCaseViews.sourceLabel(r.source()),
					r.state().name(), r.state().label(), stage, stage == null ? null : UrbanCaseViews.stageLabel(stage), due,
					light == null ? null : light.name(), light == null ? null : light.label(), r.handlerCode(),
					views.unitName(r.handlerCode()), r.reportedAt(), r.reportedBy(), p,
					p == null ? null : UrbanCaseWorkflow.RequestKind.valueOf(p).label(), r.urgent(), r.hotlineCaseId(),
					r.hotlineReference(), r.lng(), r.lat()));
		}
		return lines;
	}

	/** When the current stage began, as the case file tells it (for the yellow light). */
	private static Instant stageStart(UrbanCaseStore.Row r) {
		return switch (r.state()) {
			case TO_VERIFY -> r.reportedAt();
			case TO_REGISTER -> r.verifiedAt() != null ? r.verifiedAt() : r.reportedAt();
			case TO_DISPATCH -> r.registeredAt();
			case HANDLING -> r.checkedAt() != null && (r.dispatchedAt() == null || r.checkedAt().isAfter(r.dispatchedAt()))
					? r.checkedAt() : r.dispatchedAt();
			case TO_CHECK -> r.handledAt();
			case TO_CLOSE -> r.checkedAt();
			default -> null;
		};
	}

	private Map<Long, String> pendingKinds(Collection<Long> ids) {
		Map<Long, String> kinds = new HashMap<>();
		if (ids.isEmpty()) {
			return kinds;
		}
		jdbc.sql("select case_id, kind from urban.case_request where decision is null and case_id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(rs -> {
				kinds.put(rs.getLong(1), rs.getString(2));
			});
		return kinds;
	}

	private static String scope(Visibility v) {
		if (v.all()) {
			return "true";
		}
		return "(c.reported_by = :scopeUser or c.handler_code = :scopeUnit or c.street_code = :scopeUnit"
				+ " or c.grid_code in (:scopeAreas) or c.community_code in (:scopeAreas) or c.street_code in (:scopeAreas))";
	}

	private static void scopeParams(Visibility v, Map<String, Object> params) {
		if (!v.all()) {
			params.put("scopeUser", v.username());
			params.put("scopeUnit", v.unit());
			params.put("scopeAreas", v.patrol().isEmpty() ? List.of("-") : List.copyOf(v.patrol()));
		}
	}

	private static void where(StringBuilder sql, Map<String, Object> params, String clause, String name, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(clause);
			params.put(name, value.strip());
		}
	}

	private static double share(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 100.0;
	}

	/** The states named in a filter ({@code TO_VERIFY,HANDLING}); 400 {@code state} for one that is not. */
	static Set<State> states(String text) {
		Set<State> states = EnumSet.noneOf(State.class);
		if (text == null || text.isBlank()) {
			return states;
		}
		for (String s : text.split(",")) {
			try {
				states.add(State.valueOf(s.strip()));
			}
			catch (IllegalArgumentException e) {
				throw ApiProblem.badInput("state", "invalid_state", "没有这个状态：" + s.strip());
			}
		}
		return states;
	}
}
