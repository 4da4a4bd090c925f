package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.internal.draw.Withdrawal.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.inspection.internal.draw.DrawFixtures.DAY;
import static org.zhili.inspection.internal.draw.DrawFixtures.SCJ;
import static org.zhili.inspection.internal.draw.DrawFixtures.YJJ;
import static org.zhili.inspection.internal.draw.DrawFixtures.creditCode;
import static org.zhili.inspection.internal.draw.DrawFixtures.inputs;
import static org.zhili.inspection.internal.draw.DrawFixtures.inspector;
import static org.zhili.inspection.internal.draw.DrawFixtures.inspectors;
import static org.zhili.inspection.internal.draw.DrawFixtures.ratios;
import static org.zhili.inspection.internal.draw.DrawFixtures.seats;
import static org.zhili.inspection.internal.draw.DrawFixtures.seed;
import static org.zhili.inspection.internal.draw.DrawFixtures.subject;
import static org.zhili.inspection.internal.draw.DrawFixtures.subjects;

class DrawEngineTest {

	private final DrawEngine engine = new DrawEngine();

	/** 400 subjects over the four classes, 12 inspectors in two departments. */
	private static DrawInputs mixed() {
		List<Candidate> subjects = new ArrayList<>();
		CreditClass[] classes = CreditClass.values();
		for (long id = 1; id <= 400; id++) {
			subjects.add(subject(id, classes[(int) (id % 4)], id % 7 == 0 ? 180 : 100));
		}
		List<InspectorCandidate> staff = new ArrayList<>(inspectors(8, SCJ, 1));
		staff.addAll(inspectors(4, YJJ, 101));
		return inputs(subjects, ratios("3", "5", "10", "20"), seats(SCJ, 2, YJJ, 1), staff, Map.of());
	}

	@Test
	void theSameSeedAndInputsGiveTheSameOutcome() {
		DrawOutcome first = engine.draw(seed(1), mixed());
		DrawOutcome again = engine.draw(seed(1), mixed());

		assertThat(again).isEqualTo(first);
		assertThat(first.picks()).isNotEmpty();
	}

	@Test
	void theInputsOrderDoesNotMatter() {
		DrawInputs in = mixed();
		List<Candidate> shuffled = new ArrayList<>(in.subjects());
		Collections.shuffle(shuffled, new Random(3));
		List<InspectorCandidate> staff = new ArrayList<>(in.inspectors());
		Collections.reverse(staff);
		DrawInputs reordered = inputs(shuffled, in.ratios(), in.seats(), staff, in.lastInspectors());

		assertThat(reordered).isEqualTo(in);
		assertThat(DrawRecords.inputsHash(reordered)).isEqualTo(DrawRecords.inputsHash(in));
		assertThat(engine.draw(seed(1), reordered)).isEqualTo(engine.draw(seed(1), in));
	}

	@Test
	void anotherSeedGivesAnotherOutcome() {
		DrawOutcome first = engine.draw(seed(1), mixed());
		DrawOutcome other = engine.draw(seed(2), mixed());

		assertThat(other.picks()).extracting(Pick::subjectId)
			.isNotEqualTo(first.picks().stream().map(Pick::subjectId).toList());
		assertThat(other.counts()).isEqualTo(first.counts());
	}

	@Test
	void eachClassDrawsTheCeilingOfItsRatioAtMostItsPopulation() {
		assertThat(SubjectSampler.quota(20, new BigDecimal("3"))).isEqualTo(1); // 0.6 → 1
		assertThat(SubjectSampler.quota(100, new BigDecimal("3"))).isEqualTo(3);
		assertThat(SubjectSampler.quota(101, new BigDecimal("3"))).isEqualTo(4); // 3.03 → 4
		assertThat(SubjectSampler.quota(100, new BigDecimal("2.5"))).isEqualTo(3); // 2.5 → 3
		assertThat(SubjectSampler.quota(200, new BigDecimal("2.5"))).isEqualTo(5);
		assertThat(SubjectSampler.quota(7, new BigDecimal("100"))).isEqualTo(7);
		assertThat(SubjectSampler.quota(7, new BigDecimal("1E+2"))).isEqualTo(7);
		assertThat(SubjectSampler.quota(7, new BigDecimal("150"))).isEqualTo(7);
		assertThat(SubjectSampler.quota(7, BigDecimal.ZERO)).isZero();
		assertThat(SubjectSampler.quota(0, new BigDecimal("10"))).isZero();

		DrawOutcome out = engine.draw(seed(1), mixed()); // 100 subjects per class at A3 B5 C10 D20
		assertThat(out.counts()).containsEntry(CreditClass.A, new ClassCount(100, 3))
			.containsEntry(CreditClass.B, new ClassCount(100, 5))
			.containsEntry(CreditClass.C, new ClassCount(100, 10))
			.containsEntry(CreditClass.D, new ClassCount(100, 20));
		assertThat(out.picks()).hasSize(38);
		// Classes in order A, B, C, D; each pick of its class; orders 1…38; no subject twice.
		assertThat(out.picks()).extracting(Pick::creditClass)
			.isSortedAccordingTo(Enum::compareTo)
			.containsOnly(CreditClass.values());
		assertThat(out.picks()).extracting(Pick::order).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, 38).boxed().toList());
		assertThat(out.picks()).extracting(Pick::subjectId).doesNotHaveDuplicates();
		Map<Long, Candidate> byId = mixed().subjects().stream()
			.collect(Collectors.toMap(Candidate::subjectId, c -> c));
		assertThat(out.picks()).allMatch(p -> byId.get(p.subjectId()).creditClass() == p.creditClass()
				&& byId.get(p.subjectId()).weight() == p.weight());
	}

	@Test
	void aClassWithoutRatioOrAtZeroIsNotDrawn() {
		Map<CreditClass, BigDecimal> ratios = new HashMap<>();
		ratios.put(CreditClass.A, BigDecimal.ZERO);
		ratios.put(CreditClass.D, new BigDecimal("100"));
		DrawInputs in = inputs(mixed().subjects(), ratios, seats(SCJ, 2), inspectors(8, SCJ, 1), Map.of());

		DrawOutcome out = engine.draw(seed(1), in);

		assertThat(out.counts()).containsEntry(CreditClass.A, new ClassCount(100, 0))
			.containsEntry(CreditClass.B, new ClassCount(100, 0))
			.containsEntry(CreditClass.D, new ClassCount(100, 100));
		assertThat(out.picks()).hasSize(100).allMatch(p -> p.creditClass() == CreditClass.D);
	}

	@Test
	void everySubjectGetsItsSeatsFromEachDepartmentNeverTheSameInspectorTwice() {
		DrawInputs in = mixed();
		Map<Long, String> department = in.inspectors().stream()
			.collect(Collectors.toMap(InspectorCandidate::inspectorId, InspectorCandidate::departmentCode));

		DrawOutcome out = engine.draw(seed(5), in);

		assertThat(out.unstaffed()).isEmpty();
		assertThat(out.withdrawals()).isEmpty();
		for (Pick p : out.picks()) {
			assertThat(p.inspectorIds()).hasSize(3).doesNotHaveDuplicates();
			// departments in code order: SCJ (120104SCJ) before YJJ (120104YJJ)
			assertThat(p.inspectorIds()).extracting(department::get).containsExactly(SCJ, SCJ, YJJ);
		}
	}

	@Test
	void theWorkIsSpreadEvenlyWhenEveryoneIsEligible() {
		DrawInputs in = inputs(subjects(500, CreditClass.D), ratios("0", "0", "0", "100"), seats(SCJ, 2, YJJ, 1),
				concat(inspectors(7, SCJ, 1), inspectors(3, YJJ, 101)), Map.of());

		DrawOutcome out = engine.draw(seed(9), in);

		Map<Long, Long> load = out.picks().stream().flatMap(p -> p.inspectorIds().stream())
			.collect(Collectors.groupingBy(id -> id, Collectors.counting()));
		List<Long> scj = load.entrySet().stream().filter(e -> e.getKey() < 100).map(Map.Entry::getValue).toList();
		List<Long> yjj = load.entrySet().stream().filter(e -> e.getKey() > 100).map(Map.Entry::getValue).toList();
		assertThat(scj).hasSize(7);
		assertThat(yjj).hasSize(3);
		assertThat(Collections.max(scj) - Collections.min(scj)).isLessThanOrEqualTo(1);
		assertThat(Collections.max(yjj) - Collections.min(yjj)).isLessThanOrEqualTo(1);
		assertThat(scj.stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
	}

	@Test
	void anInspectorWhoDeclaredAConflictIsWithdrawnFromThatSubjectOnly() {
		List<InspectorCandidate> staff = new ArrayList<>(inspectors(2, SCJ, 1));
		staff.add(inspector(3, SCJ, DAY.plusYears(1), creditCode(2)));
		DrawInputs in = inputs(subjects(4, CreditClass.D), ratios("0", "0", "0", "100"), seats(SCJ, 3), staff,
				Map.of());

		DrawOutcome out = engine.draw(seed(1), in);

		assertThat(out.withdrawals()).containsExactly(new Withdrawal(2, 3, Reason.CONFLICT));
		assertThat(pick(out, 2).inspectorIds()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(out.unstaffed()).containsExactly(2L);
		assertThat(out.picks()).filteredOn(p -> p.subjectId() != 2)
			.allMatch(p -> p.inspectorIds().size() == 3 && p.inspectorIds().contains(3L));
	}

	@Test
	void whoInspectedTheSubjectLastTimeIsWithdrawn() {
		DrawInputs in = inputs(subjects(3, CreditClass.D), ratios("0", "0", "0", "100"), seats(SCJ, 2),
				inspectors(4, SCJ, 1), Map.of(1L, List.of(1L, 2L), 3L, List.of(4L, 999L)));

		DrawOutcome out = engine.draw(seed(1), in);

		// 999 is no inspector of a seated department: nothing to withdraw.
		assertThat(out.withdrawals()).containsExactlyInAnyOrder(new Withdrawal(1, 1, Reason.LAST_TIME),
				new Withdrawal(1, 2, Reason.LAST_TIME), new Withdrawal(3, 4, Reason.LAST_TIME));
		assertThat(pick(out, 1).inspectorIds()).containsExactlyInAnyOrder(3L, 4L);
		assertThat(pick(out, 3).inspectorIds()).doesNotContain(4L).hasSize(2);
		assertThat(out.unstaffed()).isEmpty();
	}

	@Test
	void aLicenceThatExpiredBeforeTheDayWithdrawsButOneExpiringOnTheDayDoesNot() {
		List<InspectorCandidate> staff = List.of(inspector(1, SCJ, DAY.minusDays(1), creditCode(1)),
				inspector(2, SCJ, DAY), inspector(3, SCJ, DAY.plusDays(1)), inspector(4, YJJ, DAY.minusYears(1)));
		DrawInputs in = inputs(subjects(2, CreditClass.D), ratios("0", "0", "0", "100"), seats(SCJ, 2), staff,
				Map.of(1L, List.of(1L)));

		DrawOutcome out = engine.draw(seed(1), in);

		// Expired and in conflict and inspected last time: recorded once, as 执法证过期. YJJ seats nobody: not listed.
		assertThat(out.withdrawals()).containsExactly(new Withdrawal(pickAt(out, 1), 1, Reason.LICENCE),
				new Withdrawal(pickAt(out, 2), 1, Reason.LICENCE));
		assertThat(out.picks()).allMatch(p -> p.inspectorIds().containsAll(List.of(2L, 3L)));
		assertThat(Reason.LICENCE.label()).isEqualTo("执法证过期");
	}

	@Test
	void aSubjectWithTooFewEligibleInspectorsIsReportedUnstaffedAndGetsWhoIsEligible() {
		List<InspectorCandidate> staff = List.of(inspector(1, SCJ), inspector(2, SCJ, DAY.minusDays(3)),
				inspector(11, YJJ), inspector(12, YJJ));
		DrawInputs in = inputs(subjects(3, CreditClass.D), ratios("0", "0", "0", "100"), seats(SCJ, 2, YJJ, 1),
				staff, Map.of());

		DrawOutcome out = engine.draw(seed(1), in);

		assertThat(out.unstaffed()).containsExactlyElementsOf(out.picks().stream().map(Pick::subjectId).toList());
		assertThat(out.picks()).allMatch(p -> p.inspectorIds().size() == 2 && p.inspectorIds().get(0) == 1L);
	}

	@Test
	void aDepartmentWithNobodyLeavesTheSubjectUnstaffed() {
		DrawInputs in = inputs(subjects(2, CreditClass.D), ratios("0", "0", "0", "100"), seats(SCJ, 1, YJJ, 1),
				inspectors(3, SCJ, 1), Map.of());

		DrawOutcome out = engine.draw(seed(1), in);

		assertThat(out.unstaffed()).hasSize(2);
		assertThat(out.picks()).allMatch(p -> p.inspectorIds().size() == 1);
	}

	@Test
	void inputsThatCannotMakeAFairDrawAreRefused() {
		List<Candidate> subjects = subjects(3, CreditClass.A);
		assertThatThrownBy(() -> inputs(subjects, ratios("3", "5", "10", "100"), seats(SCJ, 1), List.of(), Map.of()))
			.hasMessageContaining("至少需要 2 名");
		assertThatThrownBy(() -> inputs(List.of(subject(1, CreditClass.A), subject(1, CreditClass.B)),
				ratios("3", "5", "10", "100"), seats(SCJ, 2), List.of(), Map.of()))
			.hasMessageContaining("编号重复");
		assertThatThrownBy(() -> inputs(subjects, ratios("-1", "5", "10", "100"), seats(SCJ, 2), List.of(), Map.of()))
			.hasMessageContaining("抽查比例");
		assertThatThrownBy(() -> subject(1, CreditClass.A, 0)).hasMessageContaining("权重");
		DrawInputs other = new DrawInputs("zhili-draw/0", DAY, subjects, ratios("3", "5", "10", "100"), seats(SCJ, 2),
				List.of(), Map.of());
		assertThatThrownBy(() -> engine.draw(seed(1), other)).hasMessageContaining("zhili-draw/0");
	}

	private static Pick pick(DrawOutcome out, long subjectId) {
		return out.picks().stream().filter(p -> p.subjectId() == subjectId).findFirst().orElseThrow();
	}

	private static long pickAt(DrawOutcome out, int order) {
		return out.picks().get(order - 1).subjectId();
	}

	@SafeVarargs
	private static <T> List<T> concat(List<T>... lists) {
		List<T> all = new ArrayList<>();
		for (List<T> l : lists) {
			all.addAll(l);
		}
		return all;
	}
}
