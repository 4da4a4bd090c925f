package org.zhili.cases.internal.intake;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.cases.CaseSummary;
import org.zhili.identity.Actor;
import org.zhili.org.Gcj02;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.platform.ApiProblem;

/** Open cases at the same place, for the intake form: shown while the operator types the address or sets the point. */
@RestController
@RequestMapping("/api/v1/cases/nearby")
@Validated
@Tag(name = "接诉即办")
class NearbyController {

	/** A case found nearby and why: {@code GRID} 同网格, {@code COMMUNITY} 同社区, {@code ADDRESS} 地址相近. */
	record Found(CaseSummary kase, String match, String matchLabel) {
	}

	/** Where the point lies (when one was given) and the open cases found there. */
	record Answer(Location location, List<Found> items) {
	}

	private final NearbyCases nearby;
	private final Locator locator;

	NearbyController(NearbyCases nearby, Locator locator) {
		this.nearby = nearby;
		this.locator = locator;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "同一位置的未办结工单：同网格、同社区或地址相近（最多 10 件，按数据范围）")
	Answer find(Actor actor, @RequestParam(required = false) Double lng, @RequestParam(required = false) Double lat,
			@Parameter(description = "wgs84（默认）或 gcj02") @RequestParam(defaultValue = "wgs84") @Size(max = 8) String crs,
			@RequestParam(required = false) @Size(max = 200) String address) {
		Location location = null;
		if (lng != null || lat != null) {
			if (lng == null || lat == null || !Double.isFinite(lng) || !Double.isFinite(lat) || Math.abs(lng) > 180
					|| Math.abs(lat) > 90) {
				throw ApiProblem.badInput(lng == null || !Double.isFinite(lng) || Math.abs(lng) > 180 ? "lng" : "lat",
						"invalid_point", "经度和纬度须同时填写，且在有效范围内");
			}
			double x = lng;
			double y = lat;
			if ("gcj02".equalsIgnoreCase(crs)) {
				Gcj02.LngLat wgs = Gcj02.toWgs84(lng, lat);
				x = wgs.lng();
				y = wgs.lat();
			}
			else if (!"wgs84".equalsIgnoreCase(crs)) {
				throw ApiProblem.badInput("crs", "unknown_crs", "坐标系须为 wgs84 或 gcj02");
			}
			location = locator.locate(x, y).orElse(null);
		}
		List<Found> items = nearby.find(actor.scope(), location, address)
			.stream()
			.map(n -> new Found(n.kase(), n.match().name(), switch (n.match()) {
				case GRID -> "同网格";
				case COMMUNITY -> "同社区";
				case ADDRESS -> "地址相近";
			}))
			.toList();
		return new Answer(location, items);
	}
}
