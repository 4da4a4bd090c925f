package org.zhili.inspection.internal.draw;

import java.util.List;

import org.zhili.inspection.CreditClass;

/**
 * A drawn subject and the inspectors seated for it.
 *
 * @param order 1 for the first subject drawn, 2 for the second…
 * @param inspectorIds by department code, then in the order they were drawn
 */
public record Pick(int order, long subjectId, CreditClass creditClass, int weight,
		List<Long> inspectorIds) {

	public Pick {
		inspectorIds = List.copyOf(inspectorIds);
	}
}
