package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.zhili.org.internal.ImportReport.Reason;
import org.zhili.platform.ApiProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.zhili.org.internal.LocalProjection.WGS84;

/**
 * Reads a GeoJSON FeatureCollection feature by feature, so that one bad feature is reported with its
 * reason instead of failing the whole file. JTS's GeoJSON reader would stop at the first malformed
 * geometry (and silently pads short positions), so positions and rings are checked here and the
 * polygons then built with the JTS geometry factory.
 */
final class FeatureReader {

	/** A feature as read: its position in the file, its code and name if given, its polygon if readable. */
	record Feature(int index, String code, String name, Geometry geometry, ImportReport.Rejection problem) {
	}

	/** Thrown inside one feature: the feature is rejected for this reason. */
	private static final class Rejected extends RuntimeException {

		final Reason reason;

		Rejected(Reason reason, String message) {
			super(message, null, false, false);
			this.reason = reason;
		}
	}

	private FeatureReader() {
	}

	/**
	 * @param field the request field the content came in ({@code file} or {@code body}), named in errors
	 * @throws ApiProblem 400 when the content is not a GeoJSON FeatureCollection at all
	 */
	static List<Feature> read(byte[] content, String field, JsonMapper json, int maxFeatures) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException e) {
			throw ApiProblem.badInput(field, "invalid_geojson", "内容不是有效的 JSON：" + e.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
			throw ApiProblem.badInput(field + ".type", "invalid_geojson", "内容应为 GeoJSON FeatureCollection（type 为 FeatureCollection）");
		}
		JsonNode features = root.get("features");
		if (features == null || !features.isArray()) {
			throw ApiProblem.badInput(field + ".features", "invalid_geojson", "FeatureCollection 缺少 features 数组");
		}
		if (features.isEmpty() || features.size() > maxFeatures) {
			throw ApiProblem.badInput(field + ".features", "invalid_feature_count",
					"features 应有 1 到 " + maxFeatures + " 个要素，实际 " + features.size() + " 个");
		}
		List<Feature> result = new ArrayList<>(features.size());
		for (int i = 0; i < features.size(); i++) {
			result.add(feature(i, features.get(i)));
		}
		return result;
	}

	private static Feature feature(int index, JsonNode feature) {
		String code = null;
		String name = null;
		try {
			if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
				throw new Rejected(Reason.INVALID_FEATURE, "不是 GeoJSON Feature（type 应为 Feature）");
			}
			JsonNode properties = feature.get("properties");
			if (properties != null && properties.isObject()) {
				code = code(properties.get("code"));
				name = text(properties.get("name"));
			}
			JsonNode geometry = feature.get("geometry");
			if (geometry == null || !geometry.isObject()) {
				throw new Rejected(Reason.INVALID_FEATURE, "缺少 geometry");
			}
			return new Feature(index, code, name, geometry(geometry), null);
		}
		catch (Rejected r) {
			return new Feature(index, code, name, null,
					ImportReport.Rejection.of(index, code, r.reason, "第 " + (index + 1) + " 个要素：" + r.getMessage()));
		}
	}

	/** A code given as a string, or as a whole number (some GIS tools export codes as numbers). */
	private static String code(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		return node.isString() ? node.asString().strip() : node.toString();
	}

	private static Geometry geometry(JsonNode geometry) {
		String type = text(geometry.get("type"));
		JsonNode coordinates = geometry.get("coordinates");
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			throw new Rejected(Reason.NOT_POLYGONAL, "几何类型为 " + type + "，应为 Polygon 或 MultiPolygon");
		}
		if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
			throw new Rejected(Reason.INVALID_COORDINATES, "缺少 coordinates");
		}
		if ("Polygon".equals(type)) {
			return polygon(coordinates);
		}
		Polygon[] polygons = new Polygon[coordinates.size()];
		for (int i = 0; i < polygons.length; i++) {
			polygons[i] = polygon(coordinates.get(i));
		}
		return WGS84.createMultiPolygon(polygons);
	}

	private static Polygon polygon(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new Rejected(Reason.INVALID_COORDINATES, "多边形应为由环组成的数组");
		}
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), i);
		}
		return WGS84.createPolygon(ring(rings.get(0), 0), holes);
	}

	private static LinearRing ring(JsonNode positions, int number) {
		if (!positions.isArray()) {
			throw new Rejected(Reason.INVALID_COORDINATES, "环应为坐标数组");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = position(positions.get(i));
		}
		if (coordinates.length < 4) {
			throw new Rejected(Reason.INVALID_POLYGON, "环" + (number == 0 ? "（外边界）" : "（第 " + number + " 个内洞）")
					+ "至少需要 4 个坐标点，实际 " + coordinates.length + " 个");
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new Rejected(Reason.UNCLOSED_RING, "环" + (number == 0 ? "（外边界）" : "（第 " + number + " 个内洞）")
					+ "未闭合：首尾坐标不同");
		}
		return WGS84.createLinearRing(coordinates);
	}

	private static Coordinate position(JsonNode position) {
		if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
				|| !position.get(1).isNumber()) {
			throw new Rejected(Reason.INVALID_COORDINATES, "坐标 " + position + " 应为 [经度, 纬度]");
		}
		double lng = position.get(0).asDouble();
		double lat = position.get(1).asDouble();
		if (!Double.isFinite(lng) || !Double.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
			throw new Rejected(Reason.INVALID_COORDINATES, "坐标 " + position + " 超出经纬度范围");
		}
		return new Coordinate(lng, lat);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}
}
