package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;

/**
 * The draw of 双随机: a pure function of the seed and the frozen inputs, so anyone holding both can run it again
 * (here, or with {@code docs/inspection/verify_draw.py}) and get the same outcome bit for bit. One
 * {@link RandomStream} is read first by the subjects (credit class A, B, C, D), then by the inspectors.
 */
public final class DrawEngine {

	/** The version of the rules below; a changed rule is a new version, old records keep theirs. */
	public static final String ALGORITHM = "zhili-draw/1";

	public DrawOutcome draw(byte[] seed, DrawInputs inputs) {
		if (!ALGORITHM.equals(inputs.algorithm())) {
			throw new IllegalArgumentException("不支持的抽取算法版本：" + inputs.algorithm());
		}
		if (seed == null || seed.length == 0) {
			throw new IllegalArgumentException("缺少随机种子");
		}
		RandomStream random = new RandomStream(seed);
		Map<CreditClass, List<Candidate>> byClass = new EnumMap<>(CreditClass.class);
		for (CreditClass c : CreditClass.values()) {
			byClass.put(c, new ArrayList<>());
		}
		for (Candidate candidate : inputs.subjects()) { // in subject id order
			byClass.get(candidate.creditClass()).add(candidate);
		}

		List<Candidate> drawn = new ArrayList<>();
		Map<CreditClass, ClassCount> counts = new EnumMap<>(CreditClass.class);
		for (CreditClass c : CreditClass.values()) {
			List<Candidate> population = byClass.get(c);
			int n = SubjectSampler.quota(population.size(), inputs.ratios().get(c));
			drawn.addAll(SubjectSampler.sample(population, n, random));
			counts.put(c, new ClassCount(population.size(), n));
		}

		InspectorSeating seating = new InspectorSeating(inputs, random);
		List<Pick> picks = new ArrayList<>(drawn.size());
		List<Withdrawal> withdrawals = new ArrayList<>();
		List<Long> unstaffed = new ArrayList<>();
		for (Candidate subject : drawn) {
			InspectorSeating.Seated seated = seating.seat(subject);
			picks.add(new Pick(picks.size() + 1, subject.subjectId(), subject.creditClass(), subject.weight(),
					seated.inspectorIds()));
			withdrawals.addAll(seated.withdrawals());
			if (!seated.fullyStaffed()) {
				unstaffed.add(subject.subjectId());
			}
		}
		return new DrawOutcome(picks, withdrawals, unstaffed, counts);
	}
}
