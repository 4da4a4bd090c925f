package org.zhili.cases.internal.export;

import java.util.List;

import org.zhili.cases.CaseSummary;
import org.zhili.cases.CaseView;
import org.zhili.process.Exports.Column;

/** The columns of a case list in Excel (sheet 工单): one row per case, requester columns as the viewer may see them. */
final class CaseWorkbook {

	/** A case with its requester as the viewer may see it (masked). */
	record Line(CaseSummary c, CaseView.Requester requester) {
	}

	static final List<Column<Line>> COLUMNS = List.of(
			Column.of("工单编号", 18, l -> l.c().trackingNumber()),
			Column.of("轮次", 6, l -> l.c().round()),
			Column.of("状态", 10, l -> l.c().state().label()),
			Column.of("待审批", 8, l -> label(l.c().pending())),
			Column.of("类型", 8, l -> label(l.c().type())),
			Column.of("渠道", 12, l -> label(l.c().channel())),
			Column.of("分类", 30, l -> l.c().category() == null ? null : l.c().category().fullName()),
			Column.of("紧急程度", 14, l -> label(l.c().urgency())),
			Column.of("标题", 36, l -> l.c().title()),
			Column.of("地址", 30, l -> l.c().address()),
			Column.of("街道", 12, l -> l.c().street() == null ? null : l.c().street().name()),
			Column.of("主办单位", 18, l -> l.c().leadUnit() == null ? null : l.c().leadUnit().name()),
			Column.of("诉求人", 10, l -> l.requester().name()),
			Column.of("联系电话", 16, l -> l.requester().phone()),
			Column.of("受理时间", 18, l -> l.c().registeredAt()),
			Column.of("办理时限", 18, l -> l.c().dueAt()),
			Column.of("时限状态", 10, l -> l.c().light() == null || "NONE".equals(l.c().light().code()) ? null
					: l.c().light().label()),
			Column.of("督办", 10, l -> label(l.c().supervision())),
			Column.of("退单次数", 8, l -> l.c().returnCount()),
			Column.of("满意度", 10, l -> label(l.c().satisfaction())));

	static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

	private CaseWorkbook() {
	}

	private static String label(CaseView.Labelled l) {
		return l == null ? null : l.label();
	}
}
