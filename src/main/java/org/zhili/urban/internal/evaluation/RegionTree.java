package org.zhili.urban.internal.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The territorial units the region evaluation lists and averages over: each street's communities and each
 * community's grids, in the org tree's order.
 *
 * @param streets the streets' codes
 * @param children a street's communities, a community's grids
 */
public record RegionTree(List<String> streets, Map<String, List<String>> children) {

	public List<String> childrenOf(String code) {
		return children.getOrDefault(code, List.of());
	}
}
