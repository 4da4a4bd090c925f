package org.zhili.urban.internal.components;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;

/**
 * Checks rows read from a file against the inventory's rules and turns the good ones into components: the
 * identifier's 16 digits (this district, the row's class), a 部件 class of the catalogue, a point or line in the
 * district (its grid, community and street found with the {@link Locator} unless the row names its grid), a known
 * 主管部门, a state, dates and data source as CJ/T 214 writes them, and the class's own attributes. A row is
 * rejected with every reason found, each naming its field.
 */
@Service
class ComponentChecker {

	static final int NAME_LENGTH = 100;
	static final int UNIT_LENGTH = 100;
	static final int NOTE_LENGTH = 300;
	static final int ATTRIBUTE_LENGTH = 100;

	/** A row that passed: where it was and the component it describes ({@code id} null until one is given). */
	record Checked(int row, String layer, Component component) {
	}

	/** The rows of one file, checked. */
	record Result(List<Checked> valid, List<ImportRejection> rejected) {
	}

	private final District district;
	private final UrbanCatalogue catalogue;
	private final ComponentAttributes attributes;
	private final OrgUnits units;
	private final Locator locator;

	ComponentChecker(District district, UrbanCatalogue catalogue, ComponentAttributes attributes, OrgUnits units,
			Locator locator) {
		this.district = district;
		this.catalogue = catalogue;
		this.attributes = attributes;
		this.units = units;
		this.locator = locator;
	}

	Result check(List<SourceRow> rows, LocalDate today) {
		Session session = new Session(today);
		List<Checked> valid = new ArrayList<>();
		List<ImportRejection> rejected = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (SourceRow row : rows) {
			List<ImportRejection> problems = new ArrayList<>();
			Component c = session.check(row, problems);
			String id = row.value(ComponentFields.OBJCODE);
			if (problems.isEmpty() && id != null) {
				String where = (row.layer() == null ? "" : row.layer() + " ") + "第 " + row.number() + " 行";
				String first = seen.putIfAbsent(id, where);
				if (first != null) {
					problems.add(new ImportRejection(row.number(), row.layer(), id, ComponentFields.OBJCODE,
							"标识码 " + id + " 与" + first + "重复"));
				}
			}
			if (problems.isEmpty()) {
				valid.add(new Checked(row.number(), row.layer(), c));
			}
			else {
				rejected.addAll(problems);
			}
		}
		return new Result(valid, rejected);
	}

	/**
	 * A class's attributes checked: values by field, read by field name or label; every unknown or badly written
	 * value becomes a problem named {@code prefix + field}.
	 */
	Map<String, Object> attributes(String classCode, Map<String, String> given, boolean onlyKnown,
			List<ComponentAttributes.Field> fields, Map<String, String> problems) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (ComponentAttributes.Field f : fields) {
			String value = given.containsKey(f.field()) ? given.get(f.field()) : given.get(f.label());
			if (value == null || value.isBlank()) {
				continue;
			}
			value = value.strip();
			if (f.type() == ComponentAttributes.Type.INTEGER) {
				try {
					int n = Integer.parseInt(value);
					if (n < 0) {
						throw new NumberFormatException();
					}
					result.put(f.field(), n);
				}
				catch (NumberFormatException e) {
					problems.put(f.field(), f.label() + "应为非负整数：" + value);
				}
			}
			else if (value.length() > ATTRIBUTE_LENGTH) {
				problems.put(f.field(), f.label() + "不能超过 " + ATTRIBUTE_LENGTH + " 字");
			}
			else {
				result.put(f.field(), value);
			}
		}
		if (!onlyKnown) {
			for (String key : given.keySet()) {
				boolean known = fields.stream().anyMatch(f -> f.field().equals(key) || f.label().equals(key));
				if (!known) {
					problems.put(key, "小类 " + classCode + " 没有属性 " + key
							+ (fields.isEmpty() ? "" : "（可用：" + String.join("、", fields.stream().map(f -> f.field() + " " + f.label()).toList()) + "）"));
				}
			}
		}
		return result;
	}

	/** One import's lookups, cached: classes, attributes, units. */
	private final class Session {

		private final LocalDate today;
		private final Map<String, CatalogueClass> classes = new HashMap<>();
		private final Map<String, List<ComponentAttributes.Field>> fields;
		private final Map<String, Optional<OrgUnit>> unitCache = new HashMap<>();

		Session(LocalDate today) {
			this.today = today;
			catalogue.list(ClassKind.COMPONENT).stream().filter(CatalogueClass::active).forEach(c -> classes.put(c.code(), c));
			fields = attributes.byClass();
		}

		Component check(SourceRow row, List<ImportRejection> problems) {
			String id = row.value(ComponentFields.OBJCODE);
			Reporter report = (field, reason) -> problems.add(new ImportRejection(row.number(), row.layer(), id, field, reason));

			String classCode = row.value(ComponentFields.CLASSCODE);
			if (classCode == null && id != null && id.matches("[0-9]{16}")) {
				classCode = id.substring(6, 10);
			}
			CatalogueClass cls = null;
			if (classCode == null) {
				report.add(ComponentFields.CLASSCODE, "缺少部件小类（CLASSCODE，或由16位标识码给出）");
			}
			else {
				cls = classes.get(classCode);
				if (cls == null) {
					report.add(ComponentFields.CLASSCODE, "没有这个部件小类：" + classCode + "（见部件事件分类）");
				}
			}
			if (id != null) {
				ComponentCode.problem(id, district.code(), classCode).ifPresent(p -> report.add(ComponentFields.OBJCODE, p));
			}

			String name = row.value(ComponentFields.OBJNAME);
			if (name == null && cls != null) {
				name = cls.name();
			}
			if (name != null && name.length() > NAME_LENGTH) {
				report.add(ComponentFields.OBJNAME, "名称不能超过 " + NAME_LENGTH + " 字");
			}
			String owner = text(row, ComponentFields.DEPTNAME2, "权属单位", UNIT_LENGTH, report);
			String maintainer = text(row, ComponentFields.DEPTNAME3, "养护单位", UNIT_LENGTH, report);
			String note = text(row, ComponentFields.NOTE, "备注", NOTE_LENGTH, report);

			String manager = row.value(ComponentFields.DEPTCODE1);
			if (manager != null && unit(manager).filter(u -> u.level() == UnitLevel.DEPARTMENT || u.level() == UnitLevel.STREET)
				.isEmpty()) {
				report.add(ComponentFields.DEPTCODE1, "主管部门代码 " + manager + " 不是本区的部门或街道（如 " + district.unitCode("CGW") + "）");
			}

			Component.State state = Component.State.INTACT;
			String stateText = row.value(ComponentFields.OBJSTATE);
			if (stateText != null) {
				Optional<Component.State> parsed = Component.State.parse(stateText);
				if (parsed.isEmpty()) {
					report.add(ComponentFields.OBJSTATE, "状态应为 完好、破损、丢失 或 占用：" + stateText);
				}
				else {
					state = parsed.get();
				}
			}
			LocalDate initial = date(row, ComponentFields.ORDATE, "初始日期", report);
			LocalDate changed = date(row, ComponentFields.CHDATE, "变更日期", report);
			if (initial != null && changed != null && changed.isBefore(initial)) {
				report.add(ComponentFields.CHDATE, "变更日期 " + changed + " 早于初始日期 " + initial);
			}
			String source = null;
			String sourceText = row.value(ComponentFields.DATASOURCE);
			if (sourceText != null) {
				Optional<DataSource> parsed = DataSource.parse(sourceText);
				if (parsed.isEmpty()) {
					report.add(ComponentFields.DATASOURCE, "数据来源应为 实测、地形图 或 其它：" + sourceText);
				}
				else {
					source = parsed.get().name();
				}
			}

			Map<String, Object> attrs = Map.of();
			if (cls != null) {
				Map<String, String> attributeProblems = new LinkedHashMap<>();
				attrs = attributes(cls.code(), row.values(), true, fields.getOrDefault(cls.code(), List.of()), attributeProblems);
				attributeProblems.forEach(report::add);
			}

			// Where it is: the geometry, then its grid.
			Geometry geometry = row.geometry();
			double lng = 0, lat = 0;
			String lineWkt = null;
			String grid = null, community = null, street = null;
			if (geometry == null) {
				report.add(row.geometryField(), row.geometryProblem() == null ? "缺少几何" : row.geometryProblem());
			}
			else if (!(geometry instanceof Point) && !(geometry instanceof LineString)) {
				report.add(row.geometryField(), "几何类型为 " + geometry.getGeometryType() + "，部件应为点或线");
			}
			else {
				Coordinate at = Geometries.representative(geometry);
				lng = at.x;
				lat = at.y;
				if (geometry instanceof LineString line) {
					lineWkt = Geometries.wkt(line);
				}
				Optional<Location> location = locator.locate(lng, lat);
				if (location.isEmpty()) {
					report.add(row.geometryField(), "位置 (" + round(lng) + ", " + round(lat) + ") 不在" + district.name() + "范围内");
				}
				String given = row.value(ComponentFields.BGID);
				if (given != null) {
					Optional<OrgUnit> g = unit(given).filter(u -> u.level() == UnitLevel.GRID);
					if (g.isEmpty()) {
						report.add(ComponentFields.BGID, "没有这个单元网格：" + given);
					}
					else {
						grid = g.get().code();
						community = g.get().parentCode();
						street = unit(community).map(OrgUnit::parentCode).orElse(null);
					}
				}
				else if (location.isPresent()) {
					Location l = location.get();
					grid = l.grid() == null ? null : l.grid().code();
					community = l.community() == null ? null : l.community().code();
					street = l.street() == null ? null : l.street().code();
				}
			}
			if (!problems.isEmpty()) {
				return null;
			}
			return new Component(id, cls.code(), name, owner, manager, maintainer, grid, community, street, state,
					initial, changed != null ? changed : initial != null ? initial : today, source, note, lng, lat, lineWkt, attrs);
		}

		private Optional<OrgUnit> unit(String code) {
			return unitCache.computeIfAbsent(code, units::find).filter(OrgUnit::active);
		}
	}

	@FunctionalInterface
	private interface Reporter {
		void add(String field, String reason);
	}

	private static String text(SourceRow row, String field, String label, int max, Reporter report) {
		String value = row.value(field);
		if (value != null && value.length() > max) {
			report.add(field, label + "不能超过 " + max + " 字");
		}
		return value;
	}

	private static LocalDate date(SourceRow row, String field, String label, Reporter report) {
		String value = row.value(field);
		if (value == null) {
			return null;
		}
		String v = value.strip().replace('/', '-').replace('.', '-');
		if (v.matches("[0-9]{8}")) {
			v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6);
		}
		if (v.length() > 10 && v.charAt(10) == 'T') {
			v = v.substring(0, 10);
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException e) {
			report.add(field, label + "应写作 2024-05-01 或 20240501：" + value);
			return null;
		}
	}

	private static double round(double v) {
		return Math.round(v * 1e6) / 1e6;
	}
}
