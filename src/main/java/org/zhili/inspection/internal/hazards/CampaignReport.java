package org.zhili.inspection.internal.hazards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zhili.inspection.HazardCampaigns.Figures;
import org.zhili.inspection.HazardCampaigns.Hazard;
import org.zhili.inspection.HazardCampaigns.ItemLine;
import org.zhili.inspection.HazardCampaigns.Site;
import org.zhili.inspection.HazardCampaigns.StreetLine;
import org.zhili.inspection.Rectifications;
import org.zhili.org.OrgUnit;

/** A campaign's report from what was recorded: the text as the district's news reads, and its breakdowns. */
final class CampaignReport {

	/** What a hazard under no checklist item is counted as. */
	static final String OTHER_ITEM = "其他";

	private CampaignReport() {
	}

	/**
	 * 截至X月X日，共检查单位和社区N家，发现隐患M处，其中重大隐患R处，现场整改K处，限期整改L处（已整改销号J处）。
	 */
	static String text(String campaign, Figures f) {
		return campaign + "开展以来，截至" + f.asOf().getMonthValue() + "月" + f.asOf().getDayOfMonth() + "日，共检查单位和社区"
				+ f.visited() + "家，发现隐患" + f.hazards() + "处，其中重大隐患" + f.major() + "处，现场整改" + f.fixedOnSpot()
				+ "处，限期整改" + f.rectifying() + "处（已整改销号" + f.closed() + "处）。";
	}

	/** By street, in the streets' official order; sites without a street last. */
	static List<StreetLine> byStreet(List<OrgUnit> streets, List<Site> sites, List<Hazard> hazards) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		streets.forEach(s -> counts.put(s.code(), new int[7]));
		for (Site s : sites) {
			int[] c = counts.computeIfAbsent(key(s.streetCode()), k -> new int[7]);
			c[0]++;
			if (s.visits() > 0) {
				c[1]++;
			}
		}
		for (Hazard h : hazards) {
			int[] c = counts.computeIfAbsent(key(h.streetCode()), k -> new int[7]);
			c[2]++;
			if (h.severity() == Rectifications.Severity.MAJOR) {
				c[3]++;
			}
			if (h.fixedOnSpot()) {
				c[4]++;
			}
			else {
				c[5]++;
				if (h.rectificationState() == Rectifications.State.CLOSED) {
					c[6]++;
				}
			}
		}
		Map<String, String> names = new LinkedHashMap<>();
		streets.forEach(s -> names.put(s.code(), s.name()));
		List<StreetLine> lines = new ArrayList<>();
		counts.forEach((code, c) -> {
			if (c[0] > 0 || c[2] > 0) {
				String street = code.isEmpty() ? null : code;
				lines.add(new StreetLine(street, street == null ? "未定位" : names.getOrDefault(code, code), c[0], c[1], c[2],
						c[3], c[4], c[5], c[6]));
			}
		});
		return lines;
	}

	/** By checklist item, in the checklist's order; hazards under no item as 其他. */
	static List<ItemLine> byItem(List<String> checklist, List<Hazard> hazards) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		checklist.forEach(i -> counts.put(i, new int[4]));
		for (Hazard h : hazards) {
			int[] c = counts.computeIfAbsent(Objects.requireNonNullElse(h.checklistItem(), OTHER_ITEM), k -> new int[4]);
			c[0]++;
			if (h.severity() == Rectifications.Severity.MAJOR) {
				c[1]++;
			}
			c[h.fixedOnSpot() ? 2 : 3]++;
		}
		List<ItemLine> lines = new ArrayList<>();
		counts.forEach((item, c) -> lines.add(new ItemLine(item, c[0], c[1], c[2], c[3])));
		return lines;
	}

	private static String key(String streetCode) {
		return streetCode == null ? "" : streetCode;
	}
}
