package org.zhili.urban.internal.components;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.zhili.platform.ApiProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of Point and LineString features feature by feature, so that one bad feature is
 * reported with its reason instead of failing the file. Properties become the row's values; an {@code attributes}
 * object among them is read as further values (the type-specific attributes).
 */
final class GeoJsonComponents {

	private GeoJsonComponents() {
	}

	/** @throws ApiProblem 400 naming {@code field} when the content is not a FeatureCollection at all */
	static List<SourceRow> read(byte[] content, String field, JsonMapper json, int maxRows) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException e) {
			throw ApiProblem.badInput(field, "invalid_geojson", "文件不是有效的 JSON：" + e.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
			throw ApiProblem.badInput(field, "invalid_geojson", "文件应为 GeoJSON FeatureCollection（type 为 FeatureCollection）");
		}
		JsonNode features = root.get("features");
		if (features == null || !features.isArray()) {
			throw ApiProblem.badInput(field, "invalid_geojson", "FeatureCollection 缺少 features 数组");
		}
		if (features.size() > maxRows) {
			throw ApiProblem.badInput(field, "too_many_rows", "一次最多导入 " + maxRows + " 个部件，文件有 " + features.size() + " 个");
		}
		List<SourceRow> rows = new ArrayList<>(features.size());
		for (int i = 0; i < features.size(); i++) {
			rows.add(feature(i + 1, features.get(i)));
		}
		return rows;
	}

	private static SourceRow feature(int number, JsonNode feature) {
		Map<String, String> values = new HashMap<>();
		if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
			return new SourceRow(number, values, null, ComponentFields.GEOMETRY, "不是 GeoJSON Feature（type 应为 Feature）");
		}
		JsonNode properties = feature.get("properties");
		if (properties != null && properties.isObject()) {
			properties.properties().forEach(e -> {
				if (e.getValue().isObject()) {
					e.getValue().properties().forEach(a -> put(values, a.getKey(), a.getValue()));
				}
				else {
					put(values, e.getKey(), e.getValue());
				}
			});
		}
		try {
			return new SourceRow(number, values, geometry(feature.get("geometry")), ComponentFields.GEOMETRY, null);
		}
		catch (IllegalArgumentException e) {
			return new SourceRow(number, values, null, ComponentFields.GEOMETRY, e.getMessage());
		}
	}

	private static void put(Map<String, String> values, String key, JsonNode value) {
		if (value == null || value.isNull() || value.isContainer()) {
			return;
		}
		String text = value.isIntegralNumber() ? value.bigIntegerValue().toString()
				: value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
		if (text != null && !text.isBlank()) {
			values.put(Geometries.key(key), text.strip());
		}
	}

	private static Geometry geometry(JsonNode geometry) {
		if (geometry == null || !geometry.isObject()) {
			throw new IllegalArgumentException("缺少 geometry");
		}
		String type = text(geometry.get("type"));
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new IllegalArgumentException("缺少 coordinates");
		}
		if ("Point".equals(type)) {
			Coordinate c = position(coordinates);
			return Geometries.WGS84.createPoint(c);
		}
		if ("LineString".equals(type)) {
			return line(coordinates);
		}
		if ("MultiLineString".equals(type) && coordinates.size() == 1) {
			return line(coordinates.get(0));
		}
		throw new IllegalArgumentException("几何类型为 " + type + "，部件应为 Point（点）或 LineString（线）");
	}

	private static Geometry line(JsonNode positions) {
		if (!positions.isArray() || positions.size() < 2) {
			throw new IllegalArgumentException("线至少需要 2 个坐标点");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = position(positions.get(i));
		}
		return Geometries.WGS84.createLineString(coordinates);
	}

	private static Coordinate position(JsonNode position) {
		if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
				|| !position.get(1).isNumber()) {
			throw new IllegalArgumentException("坐标 " + position + " 应为 [经度, 纬度]");
		}
		double lng = position.get(0).asDouble();
		double lat = position.get(1).asDouble();
		if (!Geometries.isLngLat(lng, lat)) {
			throw new IllegalArgumentException("坐标 " + position + " 超出经纬度范围");
		}
		return new Coordinate(lng, lat);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}
}
