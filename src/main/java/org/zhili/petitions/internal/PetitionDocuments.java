package org.zhili.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.org.District;
import org.zhili.platform.ApiProblem;
import org.zhili.process.WordDocument;

/** The loop's Word documents, through the kit's one writer: the 信访处理意见书 and the 信访情况年度报告. */
@Component
class PetitionDocuments {

	private final PetitionQueries queries;
	private final PetitionFigures figures;
	private final District district;

	PetitionDocuments(PetitionQueries queries, PetitionFigures figures, District district) {
		this.queries = queries;
		this.figures = figures;
		this.district = district;
	}

	/** The 意见书 of a petition the reader may see, once the unit has given its finding. */
	byte[] opinion(long id, Actor reader) {
		PetitionViews.Detail d = queries.detail(id, reader);
		if (d.opinion() == null) {
			throw ApiProblem.conflict("no_opinion", "该信访件尚未出具处理意见");
		}
		String title = d.reviewRound() == 0 ? "信访处理意见书" : d.reviewRound() == 1 ? "信访复查意见书" : "信访复核意见书";
		return WordDocument.titled(title).subtitle(d.trackingNumber())
			.paragraph("信访人：" + d.petitionerName())
			.paragraph("您于" + PetitionViews.date(d.registeredAt()) + "以" + d.channelLabel() + "形式反映的“" + d.title()
					+ "”事项，" + (d.unitName() == null ? "" : "由" + d.unitName() + "办理，") + "现将处理意见告知如下：")
			.heading("一、信访事项").paragraph(d.content())
			.heading("二、处理意见：" + d.opinionLabel()).paragraph(d.opinionText())
			.heading("三、救济途径")
			.paragraph(d.reviewRound() < 2
					? "如对本意见不服，可自收到本意见书之日起30日内向上一级行政机关请求" + (d.reviewRound() == 0 ? "复查" : "复核")
							+ "（《信访工作条例》第三十五条、第三十六条）。"
					: "本意见为复核意见。信访人以同一事实和理由再次提出信访的，不再受理（《信访工作条例》第三十六条）。")
			.signature(d.unitName() == null ? district.name() + "信访办公室" : district.name() + " " + d.unitName(),
					PetitionViews.date(d.repliedAt()))
			.bytes();
	}

	/** The 信访情况年度报告 (条例 art. 41), drafted from the year's live figures. */
	byte[] yearly(int year, Actor reader) {
		PetitionFigures.Figures f = figures.year(year, reader);
		WordDocument doc = WordDocument.titled(district.name() + year + "年度信访情况报告").subtitle("（草稿，据系统数据生成）")
			.heading("一、总体情况")
			.paragraph("全年登记信访事项" + f.total() + "件、" + f.people() + "人次；另有重复信访" + f.repeats()
					+ "件（已复核终结后就同一事实再次信访，不重复统计）。出具处理意见" + f.replied() + "件，按期办理" + f.onTime()
					+ "件，按期率" + f.onTimePercent() + "%；" + f.reviews() + "件进入复查复核程序；信访人评价" + f.rated() + "件，其中满意和基本满意"
					+ f.satisfied() + "件。")
			.heading("二、信访形式").table(List.of("形式", "件数"), rows(f.byChannel()))
			.heading("三、信访事项类别").table(List.of("类别", "件数"), rows(f.byKind()))
			.heading("四、按月分布").table(List.of("月份", "件数"), f.byMonth().entrySet().stream()
				.map(e -> List.of(e.getKey() + "月", String.valueOf(e.getValue()))).toList())
			.heading("五、转送、交办、督办情况").table(List.of("去向", "件数"), rows(f.byRoute()))
			.paragraph("因超过法定期限被督办" + f.supervised() + "件。")
			.heading("六、反映集中的单位").table(List.of("承办单位", "件数"), rows(f.topUnits()))
			.heading("七、工作建议及采纳情况").paragraph("（请信访部门根据上述数据补充对有关单位的工作建议及其采纳情况。）");
		return doc.signature(district.name() + "信访办公室", year + "年").bytes();
	}

	private static List<List<String>> rows(Map<String, Integer> counts) {
		List<List<String>> rows = new ArrayList<>();
		counts.forEach((k, v) -> rows.add(List.of(k, String.valueOf(v))));
		return rows;
	}
}
