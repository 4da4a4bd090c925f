package org.zhili.portal.internal;

import java.time.Duration;

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

/**
 * 公开数据: this month's volumes and 三率 per street and the most common categories, the same figures the
 * government side reports (the page refreshes them every 30 seconds); and the street outlines for the map.
 */
@Controller
@RequestMapping("/public")
class FiguresPages {

	private final PublicFigures figures;
	private final Boundaries boundaries;

	FiguresPages(PublicFigures figures, Boundaries boundaries) {
		this.figures = figures;
		this.boundaries = boundaries;
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

	@GetMapping(value = "/boundaries/streets.geojson", produces = "application/geo+json")
	ResponseEntity<String> streets() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(boundaries.featureCollection(UnitLevel.STREET));
	}
}
