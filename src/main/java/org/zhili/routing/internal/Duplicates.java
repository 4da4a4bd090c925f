package org.zhili.routing.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseActions;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.identity.Actor;
import org.zhili.org.Locator;
import org.zhili.platform.ApiProblem;
import org.zhili.routing.internal.model.Similarity;

/**
 * Repeated requests (重复诉求): open cases about the same problem as a new one — near it (same grid or
 * community, or within the configured distance; a case without a place is compared by text alone), registered
 * within the time window, and with similar words (cosine of character-bigram TF-IDF at least the configured
 * similarity). Found while the operator types and again when a case is registered; a dispatcher merges the
 * newer case into the older one or dismisses the suggestion.
 */
@Service
class Duplicates {

	/** The states from which the cases workflow merges a case into another. */
	private static final Set<String> MERGEABLE = Set.of("REGISTERED", "DISPATCHED", "HANDLING");

	/** How many open cases of the window are compared at most (the newest) with a case without a place. */
	static final int SCAN_LIMIT = 5000;

	/** How many open cases of each community near a placed case are compared at most (the newest). */
	static final int NEAR_LIMIT = 50;

	/** An open case that looks like the same problem. */
	record Candidate(long caseId, String trackingNumber, String title, Instant registeredAt, double similarity,
			Double distanceMetres, boolean sameArea) {
	}

	/** A stored suggestion: the newer case, and the open case it repeats. */
	record Suggestion(CaseView kase, CaseView candidate, double similarity, Double distanceMetres, boolean sameArea,
			Instant foundAt) {
	}

	/** What is compared: the text and, when known, the place. */
	record Probe(String text, Double lng, Double lat, String gridCode, String communityCode) {

		/** A case's place (as {@link CaseIndex} records it) with its text. */
		static Probe of(String text, CaseView c) {
			CaseView.Territory t = c.territory();
			return new Probe(text, c.location() == null ? null : c.location().lng(),
					c.location() == null ? null : c.location().lat(), t == null || t.grid() == null ? null : t.grid().code(),
					t == null || t.community() == null ? null : t.community().code());
		}
	}

	private final CaseIndex index;
	private final Locator locator;
	private final Models models;
	private final RoutingProperties properties;
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final CaseDirectory directory;
	private final CaseActions actions;
	private final Clock clock;
	/**
	 * Signatures of open cases, kept so that each is signed once rather than each time it is a neighbour. Bounded:
	 * a city keeps hundreds of thousands of cases open, and their signatures would outgrow the heap.
	 */
	private final Cache<Long, Similarity.Signature> signatures;

	Duplicates(CaseIndex index, Locator locator, Models models, RoutingProperties properties, JdbcClient jdbc,
			JdbcTemplate batch, CaseDirectory directory, CaseActions actions, Clock clock) {
		this.index = index;
		this.locator = locator;
		this.models = models;
		this.properties = properties;
		this.jdbc = jdbc;
		this.batch = batch;
		this.directory = directory;
		this.actions = actions;
		this.clock = clock;
		this.signatures = Caffeine.newBuilder().maximumSize(properties.duplicates().keptSignatures()).build();
	}

	/** Open cases like the probe, most similar first, leaving out {@code exclude}. */
	List<Candidate> find(Probe probe, Long exclude, Instant until) {
		return find(probe, exclude, until, near(probe, until));
	}

	/** The open cases of the window before {@code until} that may be at the probe's place. */
	private List<CaseIndex.Neighbour> near(Probe probe, Instant until) {
		Instant from = until.minus(properties.duplicates().window());
		if (placeless(probe)) {
			return index.openSince(from, SCAN_LIMIT).stream().map(CaseIndex.Entry::neighbour).toList();
		}
		// A placed probe only matches cases nearby (or without a place): read those, not the whole district.
		return index.openNear(from, communitiesOf(probe), NEAR_LIMIT);
	}

	private static boolean placeless(Probe probe) {
		return probe.lng() == null && probe.communityCode() == null;
	}

	/** The probe's community and those within the configured distance of its point. */
	private Set<String> communitiesOf(Probe probe) {
		Set<String> communities = new LinkedHashSet<>();
		if (probe.communityCode() != null) {
			communities.add(probe.communityCode());
		}
		if (probe.lng() != null) {
			communities.addAll(locator.communitiesNear(probe.lng(), probe.lat(), properties.duplicates().metres()));
		}
		return communities;
	}

	/** Among {@code open}: the cases like the probe, registered within the window before {@code until}. */
	private List<Candidate> find(Probe probe, Long exclude, Instant until, List<CaseIndex.Neighbour> open) {
		return find(probe, models.similarity().signature(probe.text()), exclude, until, open);
	}

	private List<Candidate> find(Probe probe, Similarity.Signature signature, Long exclude, Instant until,
			List<CaseIndex.Neighbour> open) {
		return find(probe, signature, exclude, until, open, null);
	}

	/** As above, with the neighbours' signatures already looked up ({@code null}: look them up here). */
	private List<Candidate> find(Probe probe, Similarity.Signature signature, Long exclude, Instant until,
			List<CaseIndex.Neighbour> open, Map<Long, Similarity.Signature> known) {
		RoutingProperties.Duplicates p = properties.duplicates();
		if (signature.isEmpty()) {
			return List.of();
		}
		Instant from = until.minus(p.window());
		double maxMetres = p.metres();
		record Near(CaseIndex.Neighbour neighbour, boolean sameArea, Double distance) {
		}
		List<Near> near = new ArrayList<>();
		for (CaseIndex.Neighbour e : open) {
			if (e.registeredAt().isBefore(from)) {
				continue;
			}
			if (exclude != null && e.caseId() == exclude || e.registeredAt().isAfter(until)) {
				continue;
			}
			boolean sameArea = probe.gridCode() != null && probe.gridCode().equals(e.gridCode())
					|| probe.communityCode() != null && probe.communityCode().equals(e.communityCode());
			Double distance = probe.lng() != null && e.lng() != null ? metres(probe.lng(), probe.lat(), e.lng(), e.lat())
					: null;
			boolean placeKnown = (probe.lng() != null || probe.communityCode() != null)
					&& (e.lng() != null || e.communityCode() != null);
			if (placeKnown && !sameArea && (distance == null || distance > maxMetres)) {
				continue;
			}
			near.add(new Near(e, sameArea, distance));
		}
		Map<Long, Similarity.Signature> signed = known != null ? known
				: signaturesOf(near.stream().map(Near::neighbour).toList());
		List<Candidate> found = new ArrayList<>();
		for (Near n : near) {
			CaseIndex.Neighbour e = n.neighbour();
			Similarity.Signature other = signed.get(e.caseId());
			double similarity = other == null ? 0 : Similarity.cosine(signature, other);
			if (similarity >= p.similarity()) {
				found.add(new Candidate(e.caseId(), e.trackingNumber(), e.title(), e.registeredAt(),
						Math.round(similarity * 1000) / 1000.0, n.distance() == null ? null : (double) Math.round(n.distance()),
						n.sameArea()));
			}
		}
		found.sort(Comparator.comparingDouble(Candidate::similarity).reversed().thenComparing(Candidate::caseId));
		return found.size() > p.limit() ? found.subList(0, p.limit()) : found;
	}

	/**
	 * The signatures of these cases: signed once per case and kept while there is room; the texts of those not signed
	 * are read in one query when the entries came without them.
	 */
	private Map<Long, Similarity.Signature> signaturesOf(List<CaseIndex.Neighbour> entries) {
		Map<Long, Similarity.Signature> signed = new HashMap<>();
		List<Long> unread = new ArrayList<>();
		for (CaseIndex.Neighbour e : entries) {
			Similarity.Signature s = signatures.getIfPresent(e.caseId());
			if (s != null) {
				signed.put(e.caseId(), s);
			}
			else if (e.text() != null) {
				signed.put(e.caseId(), signatureOf(e.caseId(), e.text()));
			}
			else {
				unread.add(e.caseId());
			}
		}
		index.texts(unread).forEach((id, text) -> signed.put(id, signatureOf(id, text)));
		return signed;
	}

	/**
	 * Stores the suggestions for a newly registered case (compared with cases registered before it), and keeps its
	 * signature for when it is a candidate of the cases after it.
	 */
	void registered(CaseIndex.Entry e) {
		registered(e.caseId(), probe(e.neighbour()), e.registeredAt());
	}

	void registered(long caseId, Probe probe, Instant registeredAt) {
		store(caseId, find(probe, signatureOf(caseId, probe.text()), caseId, registeredAt, near(probe, registeredAt)));
	}

	/** A case just indexed, to be compared with the open cases registered before it. */
	record Arrival(long caseId, Probe probe, Instant registeredAt) {
	}

	/**
	 * Stores the suggestions for a batch of newly indexed cases (in the index already, so that each is a candidate of
	 * those after it), reading the neighbourhoods of the whole batch at once: each community's newest open cases, as
	 * many more as the batch put there. Each case then sees, per community, the newest before it — what it would have
	 * seen on its own.
	 */
	void registered(List<Arrival> arrivals) {
		List<Arrival> placed = new ArrayList<>();
		for (Arrival a : arrivals) {
			if (placeless(a.probe())) {
				registered(a.caseId(), a.probe(), a.registeredAt());
			}
			else {
				placed.add(a);
			}
		}
		if (placed.isEmpty()) {
			return;
		}
		Map<Long, Set<String>> areas = new HashMap<>();
		Map<String, Integer> limits = new HashMap<>();
		int withoutCommunity = NEAR_LIMIT;
		Instant from = null;
		for (Arrival a : placed) {
			Set<String> communities = communitiesOf(a.probe());
			areas.put(a.caseId(), communities);
			communities.forEach(c -> limits.putIfAbsent(c, NEAR_LIMIT));
			if (a.probe().communityCode() == null) {
				withoutCommunity++;
			}
			else {
				limits.merge(a.probe().communityCode(), 1, Integer::sum);
			}
			Instant since = a.registeredAt().minus(properties.duplicates().window());
			from = from == null || since.isBefore(from) ? since : from;
		}
		Map<String, List<CaseIndex.Neighbour>> byCommunity = new HashMap<>();
		List<CaseIndex.Neighbour> neighbours = index.openNear(from, limits, withoutCommunity);
		for (CaseIndex.Neighbour n : neighbours) {
			// newest first within each community, as read
			byCommunity.computeIfAbsent(n.communityCode() == null ? "" : n.communityCode(), k -> new ArrayList<>()).add(n);
		}
		// each neighbour's signature looked up once for the batch, not once for every new case near it; the batch's
		// own cases are signed from the text they came with
		placed.forEach(a -> signatureOf(a.caseId(), a.probe().text()));
		Map<Long, Similarity.Signature> signed = signaturesOf(neighbours);
		for (Arrival a : placed) {
			List<CaseIndex.Neighbour> near = new ArrayList<>();
			for (String community : areas.get(a.caseId())) {
				near.addAll(newestBefore(byCommunity.getOrDefault(community, List.of()), a));
			}
			near.addAll(newestBefore(byCommunity.getOrDefault("", List.of()), a));
			store(a.caseId(),
					find(a.probe(), signatureOf(a.caseId(), a.probe().text()), a.caseId(), a.registeredAt(), near, signed));
		}
	}

	/** Of a community's open cases (newest first), the {@link #NEAR_LIMIT} newest registered before the arrival. */
	private static List<CaseIndex.Neighbour> newestBefore(List<CaseIndex.Neighbour> community, Arrival a) {
		List<CaseIndex.Neighbour> before = new ArrayList<>(NEAR_LIMIT);
		for (CaseIndex.Neighbour n : community) {
			if (n.caseId() != a.caseId() && !n.registeredAt().isAfter(a.registeredAt())) {
				before.add(n);
				if (before.size() == NEAR_LIMIT) {
					break;
				}
			}
		}
		return before;
	}

	/** A case's signature, kept (while there is room) until the case ends: it is compared with the cases after it. */
	private Similarity.Signature signatureOf(long caseId, String text) {
		return signatures.get(caseId, id -> models.similarity().signature(text));
	}

	/**
	 * Stores the suggestions among all open cases of the window at once (after the index was rebuilt in bulk):
	 * each case compared with the open cases registered before it. Returns how many were stored.
	 */
	int scanOpen(Instant now) {
		List<CaseIndex.Neighbour> open = new ArrayList<>(index.openSince(now.minus(properties.duplicates().window()),
				SCAN_LIMIT).stream().map(CaseIndex.Entry::neighbour).toList());
		open.sort(Comparator.comparing(CaseIndex.Neighbour::registeredAt).thenComparing(CaseIndex.Neighbour::caseId));
		int stored = 0;
		for (int i = 1; i < open.size(); i++) {
			CaseIndex.Neighbour e = open.get(i);
			List<Candidate> found = find(probe(e), signatureOf(e.caseId(), e.text()), e.caseId(), e.registeredAt(),
					open.subList(0, i));
			store(e.caseId(), found);
			stored += found.size();
		}
		return stored;
	}

	private static Probe probe(CaseIndex.Neighbour e) {
		return new Probe(e.text(), e.lng(), e.lat(), e.gridCode(), e.communityCode());
	}

	private void store(long caseId, List<Candidate> found) {
		if (found.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(clock.instant());
		batch.batchUpdate("""
				insert into routing.duplicate (case_id, candidate_id, similarity, distance_m, same_area, found_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", found, found.size(), (ps, c) -> {
			ps.setLong(1, caseId);
			ps.setLong(2, c.caseId());
			ps.setDouble(3, c.similarity());
			ps.setObject(4, c.distanceMetres(), Types.DOUBLE);
			ps.setBoolean(5, c.sameArea());
			ps.setTimestamp(6, at);
		});
	}

	void forget(long caseId) {
		signatures.invalidate(caseId);
	}

	/** Open suggestions whose two cases are still open and visible to the actor, newest first. */
	@Transactional(readOnly = true)
	List<Suggestion> open(Actor actor, int limit) {
		record Row(long caseId, long candidateId, double similarity, Double distance, boolean same, Instant at) {
		}
		List<Row> rows = jdbc.sql("""
				select d.* from routing.duplicate d
				join routing.case_index a on a.case_id = d.case_id and a.open
				join routing.case_index b on b.case_id = d.candidate_id and b.open
				where d.status = 'OPEN' order by d.found_at desc, d.similarity desc limit :limit""")
			.param("limit", limit * 3)
			.query((rs, n) -> new Row(rs.getLong("case_id"), rs.getLong("candidate_id"), rs.getDouble("similarity"),
					rs.getObject("distance_m") == null ? null : rs.getDouble("distance_m"), rs.getBoolean("same_area"),
					rs.getTimestamp("found_at").toInstant()))
			.list();
		List<Suggestion> out = new ArrayList<>();
		// a case takes part in several suggestions (callers ring again about one problem): read each once
		Map<Long, Optional<CaseView>> cases = new HashMap<>();
		for (Row r : rows) {
			Optional<CaseView> a = cases.computeIfAbsent(r.caseId(), id -> directory.find(id, actor));
			Optional<CaseView> b = cases.computeIfAbsent(r.candidateId(), id -> directory.find(id, actor));
			// only while the newer case can still be merged (合并 is a dispatcher's step before the reply)
			if (a.isPresent() && b.isPresent() && MERGEABLE.contains(a.get().state().code()) && !b.get().state().terminal()) {
				out.add(new Suggestion(a.get(), b.get(), r.similarity(), r.distance(), r.same(), r.at()));
			}
			if (out.size() == limit) {
				break;
			}
		}
		return out;
	}

	/** Merges the newer case into the open case it repeats, as the actor (a dispatcher). */
	@Transactional
	CaseView merge(long caseId, long candidateId, Actor actor) {
		CaseView merged = actions.perform(caseId, CaseAction.MERGE, new ActionInput(null, null, null, null, null, null,
				"重复诉求，并入 " + directory.find(candidateId, actor).map(CaseView::trackingNumber).orElse("#" + candidateId),
				null, null, null, null, null, null, null, null, candidateId), actor);
		decide(caseId, candidateId, "MERGED", actor);
		return merged;
	}

	@Transactional
	void dismiss(long caseId, long candidateId, Actor actor) {
		if (directory.find(caseId, actor).isEmpty()) {
			throw ApiProblem.notFound("case_not_found", "工单不存在或不在您的数据范围内");
		}
		decide(caseId, candidateId, "DISMISSED", actor);
	}

	private void decide(long caseId, long candidateId, String status, Actor actor) {
		int updated = jdbc.sql("""
				update routing.duplicate set status = :status, decided_by = :by, decided_at = :at
				where case_id = :case and candidate_id = :candidate and status = 'OPEN'""")
			.param("status", status)
			.param("by", actor.username())
			.param("at", Timestamp.from(clock.instant()))
			.param("case", caseId)
			.param("candidate", candidateId)
			.update();
		if (updated == 0 && "DISMISSED".equals(status)) {
			throw ApiProblem.notFound("suggestion_not_found", "没有这条待处理的重复诉求提示");
		}
	}

	/** Great-circle distance in metres between two WGS84 points. */
	static double metres(double lng1, double lat1, double lng2, double lat2) {
		double r = 6_371_008.8;
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
