package org.zhili.cases;

import java.util.List;

/**
 * Cases were taken in. Intake commits the cases registered at the same moment together, and announces them
 * together: a listener's bookkeeping (the event publication registry's row, its transactions) is then paid once
 * per commit rather than once per case, which under a flood of calls is most of what a listener costs.
 *
 * @param cases the cases, in the order they were registered
 */
public record CasesRegistered(List<CaseRegistered> cases) {

	public CasesRegistered {
		cases = List.copyOf(cases);
	}
}
