package org.zhili.urban.internal.evaluation;

import java.util.List;

/**
 * One family's table: region (at the street, community or grid level), department or one post.
 *
 * @param family which evaluation
 * @param level for regions: 街道, 社区 or 网格; otherwise the family's own word
 * @param parent for a region drill-down, the region whose parts are listed; otherwise {@code null}
 * @param columns the figures shown, in order
 * @param rows best composite first
 */
public record EvaluationTable(EvaluationFamily family, String level, String parent, List<Indicator> columns,
		List<EvaluationRow> rows) {
}
