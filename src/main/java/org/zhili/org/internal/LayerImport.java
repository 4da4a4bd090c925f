package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.org.District;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a real boundary layer (streets, communities or grids) from GeoJSON: all or nothing. Every
 * feature is checked; any rejection answers 422 with the full report and writes nothing. Otherwise the
 * layer replaces the current one (grids no longer present are ended, never deleted) and the generated
 * layers below are regenerated inside it. Checking and writing happen in one transaction under the
 * geometry lock, so the layer above cannot change in between.
 */
@Service
class LayerImport {

	private final GeometryLayers layers;
	private final GeometryStore store;
	private final GridUnits grids;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ImportProperties properties;
	private final District district;

	LayerImport(GeometryLayers layers, GeometryStore store, GridUnits grids, JdbcClient jdbc, JsonMapper json,
			ImportProperties properties, District district) {
		this.district = district;
		this.layers = layers;
		this.store = store;
		this.grids = grids;
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * @param content the GeoJSON FeatureCollection
	 * @param field the request field it came in, named in 400 answers
	 * @param gcj02 whether the coordinates are GCJ-02 (converted to WGS84 first)
	 * @param dryRun only check
	 * @throws ApiProblem 400 when the content is not a FeatureCollection, 422 with the report on rejection
	 */
	@Transactional
	ImportReport importLayer(UnitLevel level, byte[] content, String field, boolean gcj02, boolean dryRun) {
		if (level != UnitLevel.STREET && level != UnitLevel.COMMUNITY && level != UnitLevel.GRID) {
			throw ApiProblem.badInput("level", "not_importable", "只能导入 STREET、COMMUNITY 或 GRID 层");
		}
		List<FeatureReader.Feature> features = FeatureReader.read(content, field, json, properties.maxFeatures());
		if (gcj02) {
			features = features.stream().map(LayerImport::toWgs84).toList();
		}
		layers.lock();
		LayerValidator.Result result = new LayerValidator(context(level)).validate(features);
		List<UnitLevel> regenerated = layers.generatedBelow(level);
		ImportReport report = new ImportReport(level, dryRun, false, features.size(), result.accepted().size(),
				result.rejected(), regenerated);
		if (!result.rejected().isEmpty()) {
			throw ApiProblem.unprocessable("layer_rejected", "图层未通过校验：" + result.rejected().size() + " 处问题，未导入任何内容",
					report);
		}
		if (dryRun) {
			return report;
		}
		apply(level, result.accepted());
		return new ImportReport(level, false, true, features.size(), result.accepted().size(), List.of(), regenerated);
	}

	private void apply(UnitLevel level, List<LayerValidator.Accepted> accepted) {
		Map<String, Geometry> geometries = new LinkedHashMap<>();
		List<GridUnits.GridRow> rows = new ArrayList<>();
		Map<String, String> communityNames = level == UnitLevel.GRID ? grids.communityNames() : Map.of();
		for (LayerValidator.Accepted a : accepted) {
			String code = a.feature().code();
			geometries.put(code, a.geometry());
			if (level == UnitLevel.GRID) {
				int sequence = Integer.parseInt(code.substring(12));
				String name = a.feature().name() != null && !a.feature().name().isBlank() ? a.feature().name().strip()
						: GridUnits.name(communityNames.get(a.parentCode()), sequence);
				rows.add(new GridUnits.GridRow(code, name, GridUnits.shortName(sequence), a.parentCode(), sequence));
			}
		}
		layers.replace(level, geometries, rows);
	}

	private LayerValidator.Context context(UnitLevel level) {
		Map<String, Geometry> parents = switch (level) {
			case COMMUNITY -> store.layer(UnitLevel.STREET);
			case GRID -> store.layer(UnitLevel.COMMUNITY);
			default -> Map.of();
		};
		Map<String, String> units = new LinkedHashMap<>();
		jdbc.sql("select code, name from org.unit where level = :level and active order by code")
			.param("level", level.name())
			.query(rs -> {
				units.put(rs.getString(1), rs.getString(2));
			});
		Geometry district = store.district().orElseThrow(() -> new IllegalStateException("no district outline"));
		return new LayerValidator.Context(level, district, parents, units, layers.projection(),
				properties.overlapTolerance(), properties.containmentTolerance(), this.district);
	}

	private static FeatureReader.Feature toWgs84(FeatureReader.Feature f) {
		return f.geometry() == null ? f
				: new FeatureReader.Feature(f.index(), f.code(), f.name(), Gcj02Geometries.toWgs84(f.geometry()), null);
	}
}
