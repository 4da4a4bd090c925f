package org.zhili.urban.internal.components;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.springframework.stereotype.Service;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the inventory (or a filtered part of it) in the formats it is imported from, with the same columns, so that
 * an export imported again changes nothing: GeoJSON, a zipped Shapefile (.shp/.shx/.dbf/.prj/.cpg) and CSV (UTF-8 with
 * a byte-order mark, so that Excel opens it right). Components are public facilities, not personal data: the export
 * is not audited.
 */
@Service
class ComponentExport {

	/** An export's bytes and the name to save it under. */
	record File(String filename, String contentType, byte[] content) {
	}

	private final ComponentStore store;
	private final ComponentAttributes attributes;
	private final OrgUnits units;
	private final JsonMapper json;

	ComponentExport(ComponentStore store, ComponentAttributes attributes, OrgUnits units, JsonMapper json) {
		this.store = store;
		this.attributes = attributes;
		this.units = units;
		this.json = json;
	}

	File export(ImportFormat format, ComponentStore.Filter filter, LocalDate today) {
		List<Component> components = new ArrayList<>();
		store.each(filter, components::add);
		List<ComponentAttributes.Field> fields = ComponentAttributes.distinctFields(attributes.all());
		String base = "components-" + today;
		return switch (format) {
			case GEOJSON -> new File(base + ".geojson", format.contentType(), geoJson(components, fields));
			case CSV -> new File(base + ".csv", "text/csv;charset=UTF-8", csv(components, fields));
			case SHAPEFILE -> new File(base + ".zip", format.contentType(), shapefile(components, fields));
		};
	}

	/** A component's columns as files carry them (dates as dates; states and sources by their Chinese labels). */
	private Map<String, Object> values(Component c, Map<String, String> managerNames) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put(ComponentFields.OBJCODE, c.id());
		v.put(ComponentFields.CLASSCODE, c.classCode());
		v.put(ComponentFields.OBJNAME, c.name());
		v.put(ComponentFields.DEPTCODE1, c.managerCode());
		v.put(ComponentFields.DEPTNAME1, c.managerCode() == null ? null
				: managerNames.computeIfAbsent(c.managerCode(), code -> units.find(code).map(OrgUnit::name).orElse(null)));
		v.put(ComponentFields.DEPTNAME2, c.ownerUnit());
		v.put(ComponentFields.DEPTNAME3, c.maintainerUnit());
		v.put(ComponentFields.BGID, c.gridCode());
		v.put(ComponentFields.OBJSTATE, c.state().label());
		v.put(ComponentFields.ORDATE, c.initialDate());
		v.put(ComponentFields.CHDATE, c.changedDate());
		v.put(ComponentFields.DATASOURCE, DataSource.labelOf(c.dataSource()));
		v.put(ComponentFields.NOTE, c.note());
		c.attributes().forEach(v::put);
		return v;
	}

	private static Geometry geometry(Component c) {
		return c.isLine() ? Geometries.fromWkt(c.lineWkt()) : Geometries.point(c.lng(), c.lat());
	}

	private byte[] geoJson(List<Component> components, List<ComponentAttributes.Field> fields) {
		ObjectNode root = json.createObjectNode();
		root.put("type", "FeatureCollection");
		ArrayNode features = root.putArray("features");
		Map<String, String> names = new HashMap<>();
		for (Component c : components) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			ObjectNode geometry = feature.putObject("geometry");
			Geometry g = geometry(c);
			if (g instanceof LineString line) {
				geometry.put("type", "LineString");
				ArrayNode coordinates = geometry.putArray("coordinates");
				for (Coordinate xy : line.getCoordinates()) {
					coordinates.addArray().add(xy.x).add(xy.y);
				}
			}
			else {
				geometry.put("type", "Point");
				geometry.putArray("coordinates").add(c.lng()).add(c.lat());
			}
			ObjectNode properties = feature.putObject("properties");
			values(c, names).forEach((k, v) -> {
				if (v == null) {
					properties.putNull(k);
				}
				else if (v instanceof Number n) {
					properties.put(k, n.longValue());
				}
				else {
					properties.put(k, v.toString());
				}
			});
		}
		return json.writeValueAsBytes(root);
	}

	private byte[] csv(List<Component> components, List<ComponentAttributes.Field> fields) {
		List<String> header = new ArrayList<>(ComponentFields.COMMON);
		fields.forEach(f -> header.add(f.field()));
		header.addAll(List.of(ComponentFields.LNG, ComponentFields.LAT, ComponentFields.WKT));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Map<String, String> names = new HashMap<>();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Component c : components) {
				Map<String, Object> v = values(c, names);
				v.put(ComponentFields.LNG, c.lng());
				v.put(ComponentFields.LAT, c.lat());
				v.put(ComponentFields.WKT, c.lineWkt());
				List<Object> record = new ArrayList<>(header.size());
				for (String h : header) {
					record.add(v.get(h));
				}
				printer.printRecord(record);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private byte[] shapefile(List<Component> components, List<ComponentAttributes.Field> fields) {
		List<ShapefileWriter.Column> columns = new ArrayList<>();
		for (String name : ComponentFields.COMMON) {
			columns.add(switch (name) {
				case ComponentFields.OBJCODE -> text(name, 16);
				case ComponentFields.CLASSCODE -> text(name, 4);
				case ComponentFields.BGID, ComponentFields.DEPTCODE1 -> text(name, 20);
				case ComponentFields.OBJSTATE, ComponentFields.DATASOURCE -> text(name, 12);
				case ComponentFields.ORDATE, ComponentFields.CHDATE -> new ShapefileWriter.Column(name,
						ShapefileWriter.Column.Kind.DATE, 8);
				default -> text(name, 254);
			});
		}
		for (ComponentAttributes.Field f : fields) {
			columns.add(f.type() == ComponentAttributes.Type.INTEGER
					? new ShapefileWriter.Column(f.field(), ShapefileWriter.Column.Kind.INTEGER, 10) : text(f.field(), 254));
		}
		Map<String, String> names = new HashMap<>();
		List<ShapefileWriter.Feature> features = components.stream()
			.map(c -> new ShapefileWriter.Feature(geometry(c), values(c, names)))
			.toList();
		return ShapefileWriter.writeZip("components", columns, features);
	}

	private static ShapefileWriter.Column text(String name, int bytes) {
		return new ShapefileWriter.Column(name, ShapefileWriter.Column.Kind.TEXT, bytes);
	}
}
