package org.zhili.urban.internal.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What a month's evaluation counts, as {@link EvaluationData} counts it in one pass over urban.case_file (the
 * definitions are each {@link Indicator}'s): the district's own counts, the registrations per grid (from which
 * streets, communities, grids and patrol areas are summed), and per department and person the counts each family's
 * rates are made of.
 *
 * @param accepted 受理: reported in the month
 * @param postponed registered in the month and postponed (延期)
 * @param suspended registered in the month and suspended (挂账)
 * @param voided registered in the month and voided (作废)
 * @param grids the month's registrations per grid (a case without a grid counts under a {@code null} grid)
 * @param departments per handler code: 应处置, 处置, 按期处置, 返工, 结案
 * @param reports per supervisor, their own reports: 上报, 有效上报
 * @param verifications per supervisor: 核实, 按时核实
 * @param checks per supervisor: 核查, 按时核查
 * @param registrations per duty chief: 立案, 按时立案, 其中作废
 * @param closures per duty chief: 结案, 按时结案
 * @param dispatches per dispatcher: 派遣, 按时派遣, 误派
 */
public record MonthCounts(long accepted, long postponed, long suspended, long voided, List<GridCount> grids,
		Map<String, long[]> departments, Map<String, long[]> reports, Map<String, long[]> verifications,
		Map<String, long[]> checks, Map<String, long[]> registrations, Map<String, long[]> closures,
		Map<String, long[]> dispatches) {

	/**
	 * The cases registered in the month in one grid.
	 *
	 * @param registered 立案
	 * @param due 应结案: less 作废 and 挂账
	 * @param closed 结案 before the cut-off
	 * @param onSchedule 按期结案
	 * @param publicReports 立案 from public reports (监督举报核实)
	 */
	public record GridCount(String street, String community, String grid, long registered, long due, long closed,
			long onSchedule, long publicReports) {

		GridCount plus(GridCount o) {
			return new GridCount(street, community, grid, registered + o.registered, due + o.due, closed + o.closed,
					onSchedule + o.onSchedule, publicReports + o.publicReports);
		}
	}
}
