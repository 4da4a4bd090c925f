package org.zhili.org.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.zhili.org.District;
import org.zhili.org.UnitLevel;
import org.zhili.org.internal.FeatureReader.Feature;
import org.zhili.org.internal.ImportReport.Reason;
import org.zhili.org.internal.ImportReport.Rejection;

import static org.zhili.org.internal.LocalProjection.MILLIMETRES;

/**
 * Checks an imported layer against the rules of the org tree: valid polygons, codes of the right units,
 * each polygon inside exactly one polygon of the layer above with a code that starts with that parent's
 * code, no overlaps within the layer, nothing outside the district, and (for streets and communities)
 * every active unit present. Tolerances are shares of a polygon's area, so hand-drawn borders that
 * disagree by a sliver still pass. Areas are measured in the district's metric projection.
 */
final class LayerValidator {

	private static final Pattern STREET = Pattern.compile("\\d{9}000");
	private static final Pattern COMMUNITY = Pattern.compile("\\d{12}");
	private static final int MAX_NAME = 100;

	/**
	 * What a layer is checked against.
	 *
	 * @param level the layer being imported: STREET, COMMUNITY or GRID
	 * @param district the district outline (WGS84)
	 * @param parents code → polygon of the layer above (streets for communities, communities for grids)
	 * @param units code → name of the active units of {@code level} (the known codes; for grids, the
	 *        grids that exist, which an import may replace)
	 * @param overlapTolerance share of the smaller polygon two features may overlap by
	 * @param containmentTolerance share of a polygon that may lie outside its parent or the district
	 * @param districtConfig the configured district (its code is the parent of streets; its name is in messages)
	 */
	record Context(UnitLevel level, Geometry district, Map<String, Geometry> parents, Map<String, String> units,
			LocalProjection projection, double overlapTolerance, double containmentTolerance, District districtConfig) {
	}

	/** A feature that passed every check: its polygon (WGS84) and the parent that contains it. */
	record Accepted(Feature feature, Geometry geometry, String parentCode) {
	}

	/** The verdict on a layer. */
	record Result(List<Accepted> accepted, List<Rejection> rejected) {
	}

	private final Context context;
	private final PreparedGeometry district;
	private final Geometry districtMetric;
	/** The parents in metres, indexed by their WGS84 envelopes. */
	private final STRtree parents = new STRtree();

	LayerValidator(Context context) {
		this.context = context;
		this.district = PreparedGeometryFactory.prepare(context.district());
		this.districtMetric = context.projection().toMetres(context.district());
		context.parents()
			.forEach((code, polygon) -> parents.insert(polygon.getEnvelopeInternal(),
					Map.entry(code, context.projection().toMetres(polygon))));
		parents.build();
	}

	Result validate(List<Feature> features) {
		List<Rejection> rejected = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Feature feature : features) {
			if (feature.problem() != null) {
				rejected.add(feature.problem());
				continue;
			}
			List<Rejection> problems = new ArrayList<>();
			checkCode(feature, seen, problems);
			checkName(feature, problems);
			String parent = null;
			Geometry metric = null;
			TopologyValidationError invalid = new IsValidOp(feature.geometry()).getValidationError();
			if (invalid != null) {
				problems.add(invalidPolygon(feature, invalid));
			}
			else {
				metric = context.projection().toMetres(feature.geometry());
				checkDistrict(feature, metric, problems);
				parent = checkParent(feature, metric, problems);
			}
			rejected.addAll(problems);
			if (metric != null) {
				candidates.add(new Candidate(feature, metric, parent, problems.isEmpty()));
			}
		}
		rejected.addAll(overlaps(candidates));
		rejected.addAll(missingUnits(features));
		rejected.sort(Comparator.comparing((Rejection r) -> r.feature() == null ? Integer.MAX_VALUE : r.feature()));
		Set<Integer> refused = rejected.stream().map(Rejection::feature).collect(Collectors.toSet());
		List<Accepted> accepted = candidates.stream()
			.filter(c -> c.clean() && !refused.contains(c.feature().index()))
			.map(c -> new Accepted(c.feature(), c.feature().geometry(), c.parent()))
			.toList();
		return new Result(accepted, rejected);
	}

	/** A readable, valid polygon on its way through the layer-wide checks. */
	private record Candidate(Feature feature, Geometry metric, String parent, boolean clean) {
	}

	private void checkCode(Feature feature, Map<String, Integer> seen, List<Rejection> problems) {
		String code = feature.code();
		if (code == null || code.isEmpty()) {
			problems.add(reject(feature, Reason.MISSING_CODE, "缺少 code 属性"));
			return;
		}
		Pattern pattern = switch (context.level()) {
			case STREET -> STREET;
			case COMMUNITY -> COMMUNITY;
			default -> Codes.GRID;
		};
		if (!pattern.matcher(code).matches()) {
			problems.add(reject(feature, Reason.INVALID_CODE, switch (context.level()) {
				case STREET -> "街道代码应为 12 位数字且以 000 结尾";
				case COMMUNITY -> "社区代码应为 12 位数字";
				default -> "网格代码应为 15 位数字（社区代码 + 3 位顺序号）";
			}));
			return;
		}
		if (context.level() != UnitLevel.GRID && !context.units().containsKey(code)) {
			problems.add(reject(feature, Reason.UNKNOWN_CODE,
					"代码 " + code + " 不是现有的" + context.level().label() + "（或已停用）"));
		}
		if (context.level() == UnitLevel.GRID && code.endsWith("000")) {
			problems.add(reject(feature, Reason.INVALID_CODE, "网格顺序号应为 001–999"));
		}
		Integer first = seen.putIfAbsent(code, feature.index());
		if (first != null) {
			problems.add(reject(feature, Reason.DUPLICATE_CODE, "代码 " + code + " 与第 " + (first + 1) + " 个要素重复"));
		}
	}

	private void checkName(Feature feature, List<Rejection> problems) {
		if (feature.name() != null && feature.name().length() > MAX_NAME) {
			problems.add(reject(feature, Reason.INVALID_PROPERTY, "name 超过 " + MAX_NAME + " 个字符"));
		}
	}

	private static Rejection invalidPolygon(Feature feature, TopologyValidationError error) {
		boolean crossing = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
				|| error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
		String where = error.getCoordinate() == null ? ""
				: "（位置 " + error.getCoordinate().x + ", " + error.getCoordinate().y + "）";
		return crossing ? reject(feature, Reason.SELF_INTERSECTION, "多边形自相交" + where)
				: reject(feature, Reason.INVALID_POLYGON, "多边形无效：" + error.getMessage() + where);
	}

	private void checkDistrict(Feature feature, Geometry metric, List<Rejection> problems) {
		if (district.containsProperly(feature.geometry())) {
			return;
		}
		double outside = outsideShare(metric, districtMetric);
		if (outside > context.containmentTolerance()) {
			problems.add(reject(feature, Reason.OUTSIDE_DISTRICT, "有 " + percent(outside) + " 的面积超出"
					+ context.districtConfig().name() + "边界"));
		}
	}

	/** The parent containing the polygon, or {@code null} (with a rejection) when there is not exactly one. */
	private String checkParent(Feature feature, Geometry metric, List<Rejection> problems) {
		if (context.level() == UnitLevel.STREET) {
			return context.districtConfig().code();
		}
		String parentLabel = context.level() == UnitLevel.COMMUNITY ? "街道" : "社区";
		String best = null;
		double bestShare = 0;
		for (Object item : parents.query(feature.geometry().getEnvelopeInternal())) {
			@SuppressWarnings("unchecked")
			Map.Entry<String, Geometry> parent = (Map.Entry<String, Geometry>) item;
			double share = OverlayNG.overlay(metric, parent.getValue(), OverlayNG.INTERSECTION, MILLIMETRES).getArea()
					/ metric.getArea();
			if (share > bestShare) {
				bestShare = share;
				best = parent.getKey();
			}
		}
		if (best == null || 1 - bestShare > context.containmentTolerance()) {
			problems.add(reject(feature, Reason.NOT_IN_ONE_PARENT, best == null ? "不在任何" + parentLabel + "内"
					: "不在唯一一个" + parentLabel + "内：最多只有 " + percent(bestShare) + " 在" + parentLabel + " " + best + " 内"));
			return null;
		}
		String prefix = context.level() == UnitLevel.COMMUNITY ? best.substring(0, 9) : best;
		String code = feature.code();
		if (code != null && !code.startsWith(prefix)) {
			problems.add(reject(feature, Reason.CODE_PARENT_MISMATCH, "位于" + parentLabel + " " + best + " 内，代码应以 "
					+ prefix + " 开头"));
		}
		return best;
	}

	/** Both features of every pair that overlaps by more than the tolerance of the smaller one. */
	private List<Rejection> overlaps(List<Candidate> candidates) {
		STRtree tree = new STRtree();
		List<PreparedGeometry> prepared = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			prepared.add(PreparedGeometryFactory.prepare(candidates.get(i).metric()));
			tree.insert(candidates.get(i).metric().getEnvelopeInternal(), i);
		}
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate a = candidates.get(i);
			for (Object item : tree.query(a.metric().getEnvelopeInternal())) {
				int j = (Integer) item;
				if (j <= i || !prepared.get(i).intersects(candidates.get(j).metric())) {
					continue;
				}
				Candidate b = candidates.get(j);
				double overlap = OverlayNG.overlay(a.metric(), b.metric(), OverlayNG.INTERSECTION, MILLIMETRES).getArea();
				double smaller = Math.min(a.metric().getArea(), b.metric().getArea());
				if (overlap > context.overlapTolerance() * smaller) {
					rejected.add(overlap(a, b, overlap));
					rejected.add(overlap(b, a, overlap));
				}
			}
		}
		return rejected;
	}

	private static Rejection overlap(Candidate feature, Candidate other, double area) {
		return reject(feature.feature(), Reason.OVERLAP, "与第 " + (other.feature().index() + 1) + " 个要素（"
				+ other.feature().code() + "）重叠 " + Math.round(area) + " 平方米，超过容差");
	}

	/** Streets and communities are replaced as whole layers: every active one needs a polygon. */
	private List<Rejection> missingUnits(List<Feature> features) {
		if (context.level() == UnitLevel.GRID) {
			return List.of();
		}
		List<String> present = features.stream().map(Feature::code).toList();
		return context.units()
			.entrySet()
			.stream()
			.filter(u -> !present.contains(u.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.map(u -> Rejection.of(null, u.getKey(), Reason.MISSING_UNIT,
					"图层缺少" + context.level().label() + " " + u.getKey() + "（" + u.getValue() + "）的边界"))
			.toList();
	}

	private static double outsideShare(Geometry metric, Geometry container) {
		return OverlayNG.overlay(metric, container, OverlayNG.DIFFERENCE, MILLIMETRES).getArea() / metric.getArea();
	}

	private static Rejection reject(Feature feature, Reason reason, String message) {
		return Rejection.of(feature.index(), feature.code(), reason, "第 " + (feature.index() + 1) + " 个要素：" + message);
	}

	private static String percent(double share) {
		return "%.1f%%".formatted(share * 100);
	}
}
