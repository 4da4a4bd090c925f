package org.zhili.inspection.internal.draw;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;

/**
 * What a draw gave.
 *
 * @param picks in the order drawn
 * @param withdrawals by pick, department code, inspector id
 * @param unstaffed subjects (in pick order) for which some department had fewer eligible inspectors than seats:
 * they got whoever was eligible
 * @param counts every credit class, also those with nobody in them
 */
public record DrawOutcome(List<Pick> picks, List<Withdrawal> withdrawals, List<Long> unstaffed,
		Map<CreditClass, ClassCount> counts) {

	public DrawOutcome {
		picks = List.copyOf(picks);
		withdrawals = List.copyOf(withdrawals);
		unstaffed = List.copyOf(unstaffed);
		EnumMap<CreditClass, ClassCount> copy = new EnumMap<>(CreditClass.class);
		copy.putAll(counts);
		counts = Collections.unmodifiableMap(copy);
	}
}
