package org.zhili.inspection.internal.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.CreditStatus;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.inspection.internal.Result;

/**
 * The 守信激励 and 失信惩戒 lists: class D, or a 立案查处 within the risk window, puts a subject on the 失信惩戒 list;
 * class A with no finding at all within the window puts it on the 守信激励 list.
 */
@Service
class CreditStandings implements CreditStatus {

	private static final List<Result> FINDINGS = List.of(Result.RECTIFY, Result.PENALTY, Result.TRANSFER);

	private final Subjects subjects;
	private final CreditRecord record;
	private final InspectionRules rules;
	private final Clock clock;

	CreditStandings(Subjects subjects, CreditRecord record, InspectionRules rules, Clock clock) {
		this.subjects = subjects;
		this.record = record;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public Optional<Status> of(String creditCode) {
		return subjects.byCreditCode(creditCode).map(s -> {
			// One subject: its own results in the window, not the whole district's lists.
			List<Result> results = record.resultsSince(s.id(), windowStart());
			return status(s, results.contains(Result.PENALTY) ? Set.of(s.creditCode()) : Set.of(),
					results.stream().anyMatch(FINDINGS::contains) ? Set.of(s.creditCode()) : Set.of());
		});
	}

	@Override
	public List<Status> list(Standing standing, int limit) {
		Set<String> penalised = penalised();
		Set<String> found = foundAnything();
		Stream<Subjects.Subject> candidates = switch (standing) {
			case PUNISHED -> subjects.matching(Subjects.Filter.all()).stream()
				.filter(s -> s.creditClass() == CreditClass.D || penalised.contains(s.creditCode()));
			case REWARDED -> subjects.matching(classes(CreditClass.A)).stream();
			case NORMAL -> subjects.matching(classes(CreditClass.B, CreditClass.C)).stream();
		};
		return candidates.map(s -> status(s, penalised, found)).filter(s -> s.standing() == standing)
			.sorted(Comparator.comparing(Status::name)).limit(limit).toList();
	}

	private Status status(Subjects.Subject s, Set<String> penalised, Set<String> found) {
		if (s.creditClass() == CreditClass.D) {
			return new Status(s.creditCode(), s.name(), s.creditClass(), Standing.PUNISHED, "信用风险分类为D类（高风险）");
		}
		if (penalised.contains(s.creditCode())) {
			return new Status(s.creditCode(), s.name(), s.creditClass(), Standing.PUNISHED,
					"近" + rules.riskWindowMonths() + "个月内抽查被立案查处");
		}
		if (s.creditClass() == CreditClass.A && !found.contains(s.creditCode())) {
			return new Status(s.creditCode(), s.name(), s.creditClass(), Standing.REWARDED,
					"A类（低风险），近" + rules.riskWindowMonths() + "个月抽查未发现问题");
		}
		return new Status(s.creditCode(), s.name(), s.creditClass(), Standing.NORMAL, s.creditClass().label());
	}

	private Set<String> penalised() {
		return new HashSet<>(record.foundSince(List.of(Result.PENALTY), windowStart()));
	}

	private Set<String> foundAnything() {
		return new HashSet<>(record.foundSince(FINDINGS, windowStart()));
	}

	private Instant windowStart() {
		return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(rules.riskWindowMonths()).toInstant();
	}

	private static Subjects.Filter classes(CreditClass first, CreditClass... more) {
		return new Subjects.Filter(List.of(), List.of(), List.of(), EnumSet.of(first, more), null);
	}
}
