package org.zhili.enterprises.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.Channel;
import org.zhili.cases.CreditCode;
import org.zhili.cases.PublicRequests;
import org.zhili.enterprises.Pairings;
import org.zhili.identity.AccountDirectory;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * 包联企业: pairs an official with an enterprise (one running pairing per enterprise), ends a pairing, records a
 * visit — whose problems become enterprise requests ({@link PairingRoutes} tells intake where they go).
 * Every request is checked whole before anything is written.
 */
@Service
@Transactional
public class PairingService implements Pairings {

	static final int MAX_PROBLEMS = 10;

	/** What a manager sends to end a pairing. */
	record Ending(LocalDate until, String reason) {
	}

	private final PairingStore store;
	private final AccountDirectory accounts;
	private final OrgUnits units;
	private final PublicRequests requests;
	private final EnterprisesProperties properties;
	private final Clock clock;

	PairingService(PairingStore store, AccountDirectory accounts, OrgUnits units, PublicRequests requests,
			EnterprisesProperties properties, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.units = units;
		this.requests = requests;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public long pair(NewPairing p, Actor actor) {
		return pairing(p, actor).id();
	}

	/** Pairs, answering the pairing as stored. */
	Pairing pairing(NewPairing p, Actor actor) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		CreditCode.problem(p.creditCode()).ifPresent(m -> errors.add(new ApiProblem.FieldError("creditCode", m)));
		String name = strip(p.enterpriseName());
		if (name == null || name.length() > 100) {
			errors.add(new ApiProblem.FieldError("enterpriseName", "请填写企业名称（最多 100 字）"));
		}
		String official = strip(p.official());
		if (official == null) {
			errors.add(new ApiProblem.FieldError("official", "请填写包联干部的账号"));
		}
		LocalDate since = p.since() == null ? today() : p.since();
		if (since.isAfter(today().plusYears(1))) {
			errors.add(new ApiProblem.FieldError("since", "起始日期不能晚于一年以后"));
		}
		if (p.visitEveryDays() != null && (p.visitEveryDays() < 7 || p.visitEveryDays() > 366)) {
			errors.add(new ApiProblem.FieldError("visitEveryDays", "走访周期须为 7 至 366 天"));
		}
		String note = strip(p.note());
		if (note != null && note.length() > 500) {
			errors.add(new ApiProblem.FieldError("note", "备注最多 500 字"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		AccountDirectory.Person person = accounts.find(official).filter(AccountDirectory.Person::enabled)
			.orElseThrow(() -> ApiProblem.unprocessable("unknown_official", "账号 " + official + " 不存在或已停用",
					Map.of("official", official)));
		OrgUnit unit = units.find(person.unitCode()).filter(CaseWorkflow::canHandle)
			.orElseThrow(() -> ApiProblem.unprocessable("official_unit_cannot_lead",
					"包联干部 " + person.name() + " 所在单位不能承办企业诉求（须为街道、社区或部门）",
					Map.of("official", official, "unitCode", String.valueOf(person.unitCode()))));
		String code = CreditCode.normalise(p.creditCode());
		Optional<Pairing> running = store.active(code);
		if (running.isPresent()) {
			throw alreadyPaired(running.get());
		}
		Pairing pairing = new Pairing(0, code, name, person.username(), person.name(), unit.code(), since, null,
				p.visitEveryDays(), note, null, clock.instant(), actor.username());
		// paired by someone else in the meantime: the same answer
		long id = store.insert(pairing).orElseThrow(() -> alreadyPaired(store.active(code).orElseThrow()));
		return withId(pairing, id);
	}

	/** Ends a running pairing (default: today); its record stays on the enterprise's page. */
	Pairing end(long id, Ending ending, Actor actor) {
		Pairing p = store.find(id).orElseThrow(() -> ApiProblem.notFound("pairing_not_found", "包联关系 " + id + " 不存在"));
		if (!p.active()) {
			throw ApiProblem.conflict("pairing_ended", "该包联关系已于 " + p.until() + " 结束");
		}
		LocalDate until = ending == null || ending.until() == null ? today() : ending.until();
		if (until.isBefore(p.since())) {
			throw ApiProblem.badInput("until", "until_before_since", "结束日期不能早于起始日期 " + p.since());
		}
		String reason = ending == null ? null : strip(ending.reason());
		if (reason != null && reason.length() > 500) {
			throw ApiProblem.badInput("reason", "reason_too_long", "结束原因最多 500 字");
		}
		store.end(id, until, reason);
		return store.find(id).orElseThrow();
	}

	@Override
	public long visit(String creditCode, NewVisit v, Actor actor) {
		return recordVisit(creditCode, v, actor).id();
	}

	/** Records a visit by the enterprise's paired official (or for them, by a manager); answers it as stored. */
	Visit recordVisit(String creditCode, NewVisit v, Actor actor) {
		String code = CreditCode.normalise(creditCode == null ? "" : creditCode);
		Pairing p = store.active(code)
			.orElseThrow(() -> ApiProblem.notFound("not_paired", "企业 " + code + " 目前没有包联干部"));
		if (!p.official().equals(actor.username()) && !actor.has(Permission.ENTERPRISE_MANAGE)) {
			throw ApiProblem.forbidden("not_the_official", "只有该企业的包联干部（" + p.officialName() + "）可以登记走访");
		}
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		LocalDate on = v.visitedOn() == null ? today() : v.visitedOn();
		if (on.isAfter(today())) {
			errors.add(new ApiProblem.FieldError("visitedOn", "走访日期不能晚于今天"));
		}
		else if (on.isBefore(p.since())) {
			errors.add(new ApiProblem.FieldError("visitedOn", "走访日期不能早于包联起始日期 " + p.since()));
		}
		String discussed = strip(v.discussed());
		if (discussed == null || discussed.length() > 2000) {
			errors.add(new ApiProblem.FieldError("discussed", "请填写走访交流的内容（最多 2000 字）"));
		}
		List<String> problems = new ArrayList<>();
		List<String> given = v.problems() == null ? List.of() : v.problems();
		if (given.size() > MAX_PROBLEMS) {
			errors.add(new ApiProblem.FieldError("problems", "一次走访最多登记 " + MAX_PROBLEMS + " 个问题"));
		}
		for (int i = 0; i < given.size(); i++) {
			String problem = strip(given.get(i));
			if (problem == null) {
				continue;
			}
			if (problem.length() > 4000) {
				errors.add(new ApiProblem.FieldError("problems[" + i + "]", "第 " + (i + 1) + " 个问题最多 4000 字"));
			}
			problems.add(problem);
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		List<Long> caseIds = new ArrayList<>();
		for (String problem : problems) {
			// An enterprise request like any other: counted in the 政企互通 figures, routed to the paired official.
			caseIds.add(requests.submit(new PublicRequests.Submission(Channel.PROACTIVE, CaseType.HELP, null,
					"【包联走访 " + on + "】" + problem, null, null, null, null, null, false, false,
					new PublicRequests.Enterprise(code, p.enterpriseName(), null), List.of()), actor).id());
		}
		AccountDirectory.Person visitor = accounts.find(actor.username()).orElse(null);
		Visit visit = new Visit(0, p.id(), code, on, actor.username(),
				visitor == null ? actor.username() : visitor.name(), discussed, caseIds, clock.instant());
		long id = store.insertVisit(visit, actor.username());
		return new Visit(id, visit.pairingId(), code, on, visit.visitor(), visit.visitorName(), discussed, caseIds,
				visit.recordedAt());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean none() {
		return !store.any();
	}

	/** The visit interval of a pairing: its own, or the configured default. */
	int visitEveryDays(Pairing p) {
		return p.visitEveryDays() != null ? p.visitEveryDays() : properties.visitEveryDays();
	}

	/** When the next visit is due: the interval after the last visit, or after the pairing began. */
	LocalDate nextVisitDue(Pairing p, LocalDate lastVisit) {
		return (lastVisit != null ? lastVisit : p.since()).plusDays(visitEveryDays(p));
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	private static ApiProblem alreadyPaired(Pairing running) {
		return ApiProblem.conflict("already_paired", running.enterpriseName() + " 已有包联干部 " + running.officialName()
				+ "（自 " + running.since() + " 起），请先结束该包联关系", Map.of("pairingId", running.id()));
	}

	private static Pairing withId(Pairing p, long id) {
		return new Pairing(id, p.creditCode(), p.enterpriseName(), p.official(), p.officialName(), p.unitCode(),
				p.since(), p.until(), p.visitEveryDays(), p.note(), p.endReason(), p.createdAt(), p.createdBy());
	}

	static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
