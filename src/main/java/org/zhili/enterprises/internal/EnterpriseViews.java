package org.zhili.enterprises.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CreditCode;
import org.zhili.cases.EnterpriseCases;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/** What the pages and the API show of pairings: names beside codes, visits with their cases, the next visit due. */
@Service
@Transactional(readOnly = true)
class EnterpriseViews {

	/** The most requests an enterprise page lists. */
	static final int MAX_REQUESTS = 200;

	/**
	 * A pairing as shown.
	 *
	 * @param lastVisit the last visit's day, or {@code null}
	 * @param nextVisitDue for a running pairing, the day the next visit is due; otherwise {@code null}
	 * @param overdue whether that day has passed
	 */
	record PairingView(long id, String creditCode, String enterpriseName, String official, String officialName,
			String unitCode, String unitName, LocalDate since, LocalDate until, boolean active, int visitEveryDays,
			String note, String endReason, LocalDate lastVisit, LocalDate nextVisitDue, boolean overdue) {
	}

	/** A visit as shown, with the tracking numbers of the requests its problems became. */
	record VisitView(long id, LocalDate visitedOn, String visitor, String visitorName, String discussed,
			List<EnterpriseCases.Request> problems) {
	}

	/**
	 * The enterprise's page: its pairing now and before, the visits, its requests and how they ended.
	 *
	 * @param pairing the running pairing, or {@code null}
	 * @param solved requests whose reply said 已解决
	 */
	record EnterpriseRecord(String creditCode, String name, PairingView pairing, List<PairingView> earlier,
			List<VisitView> visits, List<RequestView> requests, int open, int ended, int solved) {
	}

	/** A request on the enterprise's page, with its lead unit's name. */
	record RequestView(EnterpriseCases.Request request, String leadUnitName) {
	}

	private final PairingStore store;
	private final PairingService pairings;
	private final EnterpriseCases cases;
	private final OrgUnits units;

	EnterpriseViews(PairingStore store, PairingService pairings, EnterpriseCases cases, OrgUnits units) {
		this.store = store;
		this.pairings = pairings;
		this.cases = cases;
		this.units = units;
	}

	/** The pairings, running ones first, each with its last visit and the next one due. */
	List<PairingView> list(boolean activeOnly, String official) {
		Map<Long, LocalDate> last = store.running(official).stream()
			.filter(d -> d.lastVisit() != null)
			.collect(Collectors.toMap(d -> d.pairing().id(), PairingStore.Due::lastVisit));
		return store.list(activeOnly, official).stream().map(p -> view(p, last.get(p.id()))).toList();
	}

	/** The enterprise's record; 404 when it was never paired and made no request. */
	EnterpriseRecord record(String creditCode) {
		if (!CreditCode.valid(creditCode)) {
			throw ApiProblem.badInput("creditCode", "invalid_credit_code", CreditCode.problem(creditCode).orElseThrow());
		}
		String code = CreditCode.normalise(creditCode);
		List<Pairing> history = store.history(code);
		List<Visit> visits = store.visits(code);
		List<EnterpriseCases.Request> requests = cases.of(code, MAX_REQUESTS);
		if (history.isEmpty() && requests.isEmpty()) {
			throw ApiProblem.notFound("enterprise_not_found", "企业 " + code + " 没有包联记录，也没有诉求");
		}
		Map<Long, EnterpriseCases.Request> byId = requests.stream()
			.collect(Collectors.toMap(EnterpriseCases.Request::id, Function.identity()));
		PairingView running = history.stream().filter(Pairing::active).findFirst()
			.map(p -> view(p, visits.stream().filter(v -> v.pairingId() == p.id()).map(Visit::visitedOn).findFirst()
				.orElse(null)))
			.orElse(null);
		List<PairingView> earlier = history.stream().filter(p -> !p.active()).map(p -> view(p, null)).toList();
		String name = !history.isEmpty() ? history.get(0).enterpriseName() : requests.get(0).enterpriseName();
		List<VisitView> visitViews = visits.stream()
			.map(v -> new VisitView(v.id(), v.visitedOn(), v.visitor(), v.visitorName(), v.discussed(),
					v.caseIds().stream().map(byId::get).filter(r -> r != null).toList()))
			.toList();
		int ended = (int) requests.stream().filter(EnterpriseCases.Request::ended).count();
		int solved = (int) requests.stream()
			.filter(r -> r.result() != null && "SOLVED".equals(r.result().code()))
			.count();
		return new EnterpriseRecord(code, name, running, earlier,
				visitViews, requests.stream().map(r -> new RequestView(r, unitName(r.leadUnitCode()))).toList(),
				requests.size() - ended, ended, solved);
	}

	private PairingView view(Pairing p, LocalDate lastVisit) {
		LocalDate due = p.active() ? pairings.nextVisitDue(p, lastVisit) : null;
		return new PairingView(p.id(), p.creditCode(), p.enterpriseName(), p.official(), p.officialName(), p.unitCode(),
				unitName(p.unitCode()), p.since(), p.until(), p.active(), pairings.visitEveryDays(p), p.note(),
				p.endReason(), lastVisit, due, due != null && due.isBefore(pairings.today()));
	}

	private String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::shortName).orElse(code);
	}
}
