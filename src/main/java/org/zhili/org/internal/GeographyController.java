package org.zhili.org.internal;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.DataScope;
import org.zhili.org.District;
import org.zhili.org.Gcj02;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/** Polygons as GeoJSON, point location and coordinate conversion, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/org")
@Tag(name = "地理", description = "边界图层（GeoJSON）、坐标定位到网格、GCJ-02/WGS84 坐标转换")
class GeographyController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json;charset=UTF-8");

	/** The coordinate systems clients send: WGS84 (GPS) or GCJ-02 (Chinese map apps). */
	enum Crs {
		WGS84, GCJ02;

		static Crs parse(String field, String value) {
			try {
				return valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw ApiProblem.badInput(field, "invalid_crs", "坐标系只能是 wgs84 或 gcj02");
			}
		}
	}

	/** A point: longitude, latitude, and the system they are in. */
	record Point(double lng, double lat, String crs) {
	}

	/** Where a point lies: the WGS84 point looked up, and the units found there (lower ones may be null). */
	record Located(Point wgs84, Location.Place district, Location.Place street, Location.Place community,
			Location.Place grid) {
	}

	/** Where a layer's polygons come from. */
	record Layer(UnitLevel level, GeometrySource source, String sourceLabel) {
	}

	private final GeoJsonLayers layers;
	private final UnitQueries units;
	private final Locator locator;
	private final GeometryLayers geometry;
	private final District district;

	GeographyController(GeoJsonLayers layers, UnitQueries units, Locator locator, GeometryLayers geometry,
			District district) {
		this.district = district;
		this.layers = layers;
		this.units = units;
		this.locator = locator;
		this.geometry = geometry;
	}

	@GetMapping(value = "/geojson", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "某一层级的边界（GeoJSON FeatureCollection，WGS84），属性含代码、名称、层级、来源")
	ResponseEntity<String> geojson(DataScope scope, @RequestParam UnitLevel level,
			@RequestParam(required = false) @Size(max = 32) String parent,
			@Parameter(description = "最小经度,最小纬度,最大经度,最大纬度（WGS84）") @RequestParam(required = false) String bbox) {
		if (level == UnitLevel.DEPARTMENT) {
			throw ApiProblem.badInput("level", "no_geometry", "部门没有边界，层级应为 DISTRICT、STREET、COMMUNITY 或 GRID");
		}
		if (parent != null && units.find(scope, Codes.check("parent", parent)).isEmpty()) {
			throw UnitController.unknownParent();
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(layers.featureCollection(scope, level, parent, bbox == null ? null : envelope(bbox)));
	}

	@GetMapping("/locate")
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "坐标定位：点所在的网格、社区、街道（区外或数据范围外返回 404）")
	Located locate(DataScope scope, @RequestParam double lng, @RequestParam double lat,
			@Parameter(description = "wgs84（默认）或 gcj02") @RequestParam(defaultValue = "wgs84") @Size(max = 10) String crs) {
		Point wgs84 = toWgs84(lng, lat, Crs.parse("crs", crs));
		Location location = locator.locate(wgs84.lng(), wgs84.lat())
			.filter(l -> units.inScope(scope, l.deepest().code()))
			.orElseThrow(() -> ApiProblem.notFound("not_found", "该位置不在" + district.name() + "范围内，或不在您的数据范围内"));
		return new Located(wgs84, location.district(), location.street(), location.community(), location.grid());
	}

	@GetMapping("/convert")
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "坐标转换：GCJ-02（高德、腾讯等国内地图）与 WGS84（GPS）互转")
	Point convert(@RequestParam double lng, @RequestParam double lat,
			@RequestParam(defaultValue = "gcj02") @Size(max = 10) String from,
			@RequestParam(defaultValue = "wgs84") @Size(max = 10) String to) {
		Crs source = Crs.parse("from", from);
		Crs target = Crs.parse("to", to);
		checkRange(lng, lat);
		if (source == target) {
			return new Point(lng, lat, target.name().toLowerCase(Locale.ROOT));
		}
		Gcj02.LngLat converted = target == Crs.WGS84 ? Gcj02.toWgs84(lng, lat) : Gcj02.toGcj02(lng, lat);
		return new Point(converted.lng(), converted.lat(), target.name().toLowerCase(Locale.ROOT));
	}

	@GetMapping("/layers")
	@PreAuthorize("hasAuthority('ORG_VIEW')")
	@Operation(summary = "各层边界的来源：IMPORTED（导入）或 GENERATED（示意，生成）")
	List<Layer> layers() {
		return geometry.sources()
			.entrySet()
			.stream()
			.map(e -> new Layer(e.getKey(), e.getValue(), e.getValue().label()))
			.toList();
	}

	@PostMapping("/geometry/regenerate")
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "重新生成某层及其以下各层的示意边界（放弃这些层已导入的边界）")
	Layer regenerate(@RequestParam UnitLevel level) {
		if (level != UnitLevel.STREET && level != UnitLevel.COMMUNITY && level != UnitLevel.GRID) {
			throw ApiProblem.badInput("level", "not_generated", "只能重新生成 STREET、COMMUNITY 或 GRID 层");
		}
		geometry.regenerate(level);
		return new Layer(level, GeometrySource.GENERATED, GeometrySource.GENERATED.label());
	}

	static Point toWgs84(double lng, double lat, Crs crs) {
		checkRange(lng, lat);
		if (crs == Crs.GCJ02) {
			Gcj02.LngLat wgs = Gcj02.toWgs84(lng, lat);
			return new Point(wgs.lng(), wgs.lat(), "wgs84");
		}
		return new Point(lng, lat, "wgs84");
	}

	static void checkRange(double lng, double lat) {
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			throw ApiProblem.badInput("lng", "out_of_range", "经度 lng 应为 -180 到 180 之间的数字");
		}
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw ApiProblem.badInput("lat", "out_of_range", "纬度 lat 应为 -90 到 90 之间的数字");
		}
	}

	private static Envelope envelope(String bbox) {
		String[] parts = bbox.split(",", -1);
		if (parts.length != 4) {
			throw badBbox();
		}
		double[] v = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				v[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException e) {
				throw badBbox();
			}
			if (!Double.isFinite(v[i])) {
				throw badBbox();
			}
		}
		if (v[0] > v[2] || v[1] > v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
			throw badBbox();
		}
		return new Envelope(v[0], v[2], v[1], v[3]);
	}

	private static ApiProblem badBbox() {
		return ApiProblem.badInput("bbox", "invalid_bbox", "bbox 应为“最小经度,最小纬度,最大经度,最大纬度”四个数字");
	}
}
