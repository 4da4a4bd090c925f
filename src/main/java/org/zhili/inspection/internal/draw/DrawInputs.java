package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.zhili.inspection.CreditClass;

/**
 * Everything a draw depends on besides the seed, frozen when the seed is committed: its canonical JSON is hashed
 * and published beforehand ({@link DrawRecords#inputsHash}).
 * <p>
 * The constructor normalises, so that the same facts always give the same hash whatever order a query returned
 * them in: subjects and inspectors sorted by id, lists of codes and ids sorted without repeats, ratios without
 * trailing zeros ({@code 3.0} is {@code 3}).
 *
 * @param algorithm the algorithm version, {@link DrawEngine#ALGORITHM}
 * @param day the day the inspections are due: licences must be valid on it
 * @param ratios percent of each credit class to draw (A=3, B=5, C=10, D=100); a missing class draws none
 * @param seats department code → inspectors from it per subject; together at least 2
 * @param lastInspectors subject id → the inspectors of its previous inspection (they are withdrawn)
 */
public record DrawInputs(String algorithm, LocalDate day, List<Candidate> subjects,
		Map<CreditClass, BigDecimal> ratios, Map<String, Integer> seats, List<InspectorCandidate> inspectors,
		Map<Long, List<Long>> lastInspectors) {

	public DrawInputs {
		if (algorithm == null || algorithm.isBlank()) {
			throw new IllegalArgumentException("缺少算法版本");
		}
		if (day == null) {
			throw new IllegalArgumentException("缺少检查日期");
		}
		subjects = sortedById(subjects, Candidate::subjectId, "检查对象");
		inspectors = sortedById(inspectors, InspectorCandidate::inspectorId, "检查人员");
		ratios = normalisedRatios(ratios);
		seats = normalisedSeats(seats);
		lastInspectors = normalisedLast(lastInspectors);
	}

	private static <T> List<T> sortedById(List<T> items, java.util.function.ToLongFunction<T> id, String what) {
		if (items == null) {
			throw new IllegalArgumentException("缺少" + what + "名单");
		}
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparingLong(id));
		for (int i = 1; i < sorted.size(); i++) {
			if (id.applyAsLong(sorted.get(i)) == id.applyAsLong(sorted.get(i - 1))) {
				throw new IllegalArgumentException(what + "编号重复：" + id.applyAsLong(sorted.get(i)));
			}
		}
		return Collections.unmodifiableList(sorted);
	}

	private static Map<CreditClass, BigDecimal> normalisedRatios(Map<CreditClass, BigDecimal> ratios) {
		EnumMap<CreditClass, BigDecimal> result = new EnumMap<>(CreditClass.class);
		if (ratios != null) {
			ratios.forEach((c, r) -> {
				if (c == null || r == null || r.signum() < 0) {
					throw new IllegalArgumentException("抽查比例必须是不小于 0 的百分数：" + c + "=" + r);
				}
				result.put(c, r.stripTrailingZeros());
			});
		}
		return Collections.unmodifiableMap(result);
	}

	private static Map<String, Integer> normalisedSeats(Map<String, Integer> seats) {
		TreeMap<String, Integer> result = new TreeMap<>(CodePointOrder.INSTANCE);
		if (seats != null) {
			seats.forEach((code, n) -> {
				if (code == null || code.isBlank() || n == null || n < 1) {
					throw new IllegalArgumentException("每个部门至少派 1 名检查人员：" + code + "=" + n);
				}
				result.put(code, n);
			});
		}
		if (result.values().stream().mapToLong(Integer::longValue).sum() < 2) {
			throw new IllegalArgumentException("每个对象至少需要 2 名检查人员");
		}
		return Collections.unmodifiableSortedMap(result);
	}

	private static Map<Long, List<Long>> normalisedLast(Map<Long, List<Long>> last) {
		TreeMap<Long, List<Long>> result = new TreeMap<>();
		if (last != null) {
			last.forEach((subject, ids) -> {
				if (subject == null || ids == null || ids.stream().anyMatch(Objects::isNull)) {
					throw new IllegalArgumentException("上次检查人员名单不完整：对象 " + subject);
				}
				if (!ids.isEmpty()) {
					result.put(subject, List.copyOf(new TreeSet<>(ids)));
				}
			});
		}
		return Collections.unmodifiableSortedMap(result);
	}
}
