package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.CreditClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.zhili.inspection.internal.draw.DrawFixtures.SCJ;
import static org.zhili.inspection.internal.draw.DrawFixtures.inputs;
import static org.zhili.inspection.internal.draw.DrawFixtures.inspectors;
import static org.zhili.inspection.internal.draw.DrawFixtures.ratios;
import static org.zhili.inspection.internal.draw.DrawFixtures.seats;
import static org.zhili.inspection.internal.draw.DrawFixtures.seed;
import static org.zhili.inspection.internal.draw.DrawFixtures.subject;

/**
 * 10,000 draws over 20 candidates of one class: who gets drawn must fit the intended distribution by a chi-square
 * test at α = 0.001 (a fair draw fails it once in a thousand runs; the seeds are fixed, so this run is repeatable),
 * and the same test must reject selectors biased on purpose.
 */
class DrawStatisticsTest {

	private static final int DRAWS = 10_000;
	private static final int CANDIDATES = 20;
	private static final double ALPHA = 0.001;
	private static final int[] WEIGHTS = { 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 120, 120, 150, 150, 150,
			200, 200, 300, 400, 500 };

	private final DrawEngine engine = new DrawEngine();

	@Test
	void theCriticalValuesAreTheTabulatedOnes() {
		// Tables: χ²(0.999; 19) = 43.82, χ²(0.999; 9) = 27.88, χ²(0.95; 19) = 30.14; the approximation is within
		// 1 % that far in the tail, on the cautious side.
		assertThat(ChiSquare.criticalValue(19, 0.001)).isCloseTo(43.82, within(0.3));
		assertThat(ChiSquare.criticalValue(9, 0.001)).isCloseTo(27.88, within(0.3));
		assertThat(ChiSquare.criticalValue(19, 0.05)).isCloseTo(30.14, within(0.05));
		assertThat(ChiSquare.pValue(30.14, 19)).isCloseTo(0.05, within(0.002));
	}

	@Test
	void equalWeightsDrawEveryoneOfTheClassAlike() {
		long[] drawn = countPicks(equalWeights(), "5"); // ⌈20 × 5 %⌉ = 1 per draw

		ChiSquare.Result r = report("single pick, equal weights", drawn, uniform(DRAWS));
		assertThat(r.rejected()).as(r.toString()).isFalse();
	}

	@Test
	void weightsMakeTheChanceProportional() {
		long[] drawn = countPicks(weighted(), "5");

		ChiSquare.Result r = report("single pick, weights 100…500", drawn, proportional(DRAWS));
		assertThat(r.rejected()).as(r.toString()).isFalse();
		// The weight-500 candidate is drawn about five times as often as a weight-100 one.
		assertThat((double) drawn[19] / drawn[0]).isBetween(4.0, 6.5);
	}

	@Test
	void drawingSeveralStillIncludesEveryoneAlike() {
		long[] drawn = countPicks(equalWeights(), "15"); // 3 per draw

		// Inclusion counts are less spread than multinomial ones (E[χ²] = 17, not 19): the test is conservative.
		ChiSquare.Result r = report("three picks, equal weights", drawn, uniform(3 * DRAWS));
		assertThat(r.rejected()).as(r.toString()).isFalse();
	}

	@Test
	void tiesBetweenEquallyLoadedInspectorsAreDrawnAlike() {
		DrawInputs in = inputs(List.of(subject(1, CreditClass.D)), ratios("0", "0", "0", "100"), seats(SCJ, 2),
				inspectors(10, SCJ, 1), Map.of());
		long[] first = new long[10];
		for (int i = 0; i < DRAWS; i++) {
			first[(int) (engine.draw(seed(i), in).picks().get(0).inspectorIds().get(0) - 1)]++;
		}

		double[] expected = new double[10];
		Arrays.fill(expected, DRAWS / 10.0);
		ChiSquare.Result r = report("first inspector of ten", first, expected);
		assertThat(r.rejected()).as(r.toString()).isFalse();
	}

	@Test
	void theSameTestRejectsSelectorsBiasedOnPurpose() {
		// Modulo bias made visible: 32 values folded onto 20 candidates, so twelve of them come up twice as often.
		long[] folded = new long[CANDIDATES];
		RandomStream random = new RandomStream(seed(1));
		for (int i = 0; i < DRAWS; i++) {
			folded[(int) ((random.next() >>> 59) % CANDIDATES)]++;
		}
		ChiSquare.Result modulo = report("biased: 5 bits mod 20", folded, uniform(DRAWS));
		assertThat(modulo.rejected()).as(modulo.toString()).isTrue();

		// Weights ignored: uniform where they should count.
		long[] ignoring = countPicks(equalWeights(), "5");
		ChiSquare.Result unweighted = report("biased: weights ignored", ignoring, proportional(DRAWS));
		assertThat(unweighted.rejected()).as(unweighted.toString()).isTrue();

		// Favouring the lowest id slightly: one draw in 50 goes to the first candidate whatever the chance says.
		long[] favoured = countPicks(equalWeights(), "5");
		for (int i = 0; i < DRAWS / 50; i++) {
			favoured[1 + i % (CANDIDATES - 1)]--;
			favoured[0]++;
		}
		ChiSquare.Result slight = report("biased: 2 % to the first", favoured, uniform(DRAWS));
		assertThat(slight.rejected()).as(slight.toString()).isTrue();
	}

	/** How often each candidate (by position) was drawn over the draws, with the real engine. */
	private long[] countPicks(List<Candidate> candidates, String ratio) {
		DrawInputs in = inputs(candidates, ratios("0", "0", ratio, "0"), seats(SCJ, 2), inspectors(2, SCJ, 1),
				Map.of());
		long[] counts = new long[CANDIDATES];
		for (int i = 0; i < DRAWS; i++) {
			for (Pick p : engine.draw(seed(i), in).picks()) {
				counts[(int) (p.subjectId() - 1)]++;
			}
		}
		return counts;
	}

	private static List<Candidate> equalWeights() {
		return candidates(false);
	}

	private static List<Candidate> weighted() {
		return candidates(true);
	}

	private static List<Candidate> candidates(boolean weighted) {
		List<Candidate> list = new ArrayList<>();
		for (int i = 0; i < CANDIDATES; i++) {
			list.add(subject(i + 1, CreditClass.C, weighted ? WEIGHTS[i] : 100));
		}
		return list;
	}

	private static double[] uniform(int total) {
		double[] expected = new double[CANDIDATES];
		Arrays.fill(expected, (double) total / CANDIDATES);
		return expected;
	}

	private static double[] proportional(int total) {
		double sum = Arrays.stream(WEIGHTS).sum();
		return Arrays.stream(WEIGHTS).mapToDouble(w -> total * w / sum).toArray();
	}

	private static ChiSquare.Result report(String what, long[] observed, double[] expected) {
		ChiSquare.Result r = ChiSquare.test(observed, expected, ALPHA);
		System.out.printf("%-32s %s%n", what, r);
		return r;
	}
}
