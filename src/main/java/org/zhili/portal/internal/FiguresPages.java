package org.zhili.portal.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhili.cases.PublicFigures;
import org.zhili.org.Boundaries;
import org.zhili.org.UnitLevel;
import org.zhili.process.Exports;

/**
 * 公开数据: this month's volumes and 三率 per street and the most common categories, the same figures the
 * government side reports (the page refreshes them every 30 seconds); and the street outlines for the map.
 */
@Controller
@RequestMapping("/public")
class FiguresPages {

	static final List<Exports.Column<PublicFigures.Street>> COLUMNS = List.of(
			Exports.Column.of("街道", 16, PublicFigures.Street::name),
			Exports.Column.of("受理", 8, PublicFigures.Street::received),
			Exports.Column.of("派遣", 8, PublicFigures.Street::dispatched),
			Exports.Column.of("办结", 8, PublicFigures.Street::closed),
			Exports.Column.of("响应率（%）", 10, PublicFigures.Street::response),
			Exports.Column.of("解决率（%）", 10, PublicFigures.Street::resolution),
			Exports.Column.of("满意率（%）", 10, PublicFigures.Street::satisfaction));

	private final PublicFigures figures;
	private final Boundaries boundaries;
	private final Exports exports;

	FiguresPages(PublicFigures figures, Boundaries boundaries, Exports exports) {
		this.figures = figures;
		this.boundaries = boundaries;
		this.exports = exports;
	}

	@GetMapping("/figures")
	String page(Model model) {
		model.addAttribute("figures", figures.thisMonth());
		return "portal/figures";
	}

	/** The figures alone, for the page's live refresh. */
	@GetMapping("/figures/live")
	String live(Model model) {
		model.addAttribute("figures", figures.thisMonth());
		return "portal/figures :: live";
	}

	@GetMapping(value = "/figures.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	PublicFigures.Figures json() {
		return figures.thisMonth();
	}

	/** The page's street table as CSV, the district's total last. */
	@GetMapping("/figures.csv")
	void csv(HttpServletResponse response) throws IOException {
		PublicFigures.Figures f = figures.thisMonth();
		List<PublicFigures.Street> rows = new ArrayList<>(f.streets());
		rows.add(f.district());
		exports.csv(Exports.Spec.of("public-figures", "各街道诉求办理", f.from() + " 至 " + f.to(), COLUMNS, 1_000),
				Exports.Rows.of(rows), response);
	}

	@GetMapping(value = "/boundaries/streets.geojson", produces = "application/geo+json")
	ResponseEntity<String> streets() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(boundaries.featureCollection(UnitLevel.STREET));
	}
}
