package org.zhili.urban.internal.components;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.org.District;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports components from GeoJSON, a zipped Shapefile or CSV. Rows are checked one by one; the good ones are written
 * (a row whose identifier exists replaces that component, a row without one gets the next free identifier of its
 * class) and the bad ones listed with their reasons — in one transaction, so either the report's rows are all written
 * or none is. A file that cannot be read at all is refused as a whole: 415 for a format not supported, 400 naming the
 * field for a file that is not what its format says, 422 with the report when no row can be imported.
 */
@Service
class ComponentImports {

	private final ComponentChecker checker;
	private final ComponentStore store;
	private final District district;
	private final JsonMapper json;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ComponentSettings settings;

	ComponentImports(ComponentChecker checker, ComponentStore store, District district, JsonMapper json, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, ComponentSettings settings) {
		this.checker = checker;
		this.store = store;
		this.district = district;
		this.json = json;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * @param format geojson, shapefile or csv; when blank the file's name (or its first bytes) says
	 */
	@Transactional
	public ComponentImportReport importFile(byte[] content, String filename, String format, boolean dryRun) {
		ImportFormat f = format(content, filename, format);
		List<SourceRow> rows = read(f, content);
		if (rows.isEmpty()) {
			throw ApiProblem.unprocessable("no_rows", "文件中没有部件",
					new ComponentImportReport(f, f.label(), 0, 0, 0, List.of(), dryRun));
		}
		ComponentChecker.Result checked = checker.check(rows, today());
		List<ImportRejection> rejected = new ArrayList<>(checked.rejected());
		if (checked.valid().isEmpty()) {
			throw ApiProblem.unprocessable("no_valid_rows", "没有可导入的部件：" + rejected.size() + " 行全部有误，见报告",
					new ComponentImportReport(f, f.label(), rows.size(), 0, 0, rejected, dryRun));
		}
		store.lock();
		List<Component> components = numbered(checked.valid(), rejected);
		int created;
		int updated;
		if (dryRun) {
			Set<String> existing = existing(components);
			updated = existing.size();
			created = components.size() - updated;
		}
		else {
			created = store.upsert(components);
			updated = components.size() - created;
			events.publishEvent(new ComponentsChanged(components.size()));
		}
		rejected.sort(java.util.Comparator.comparing((ImportRejection r) -> r.layer() == null ? "" : r.layer())
			.thenComparingInt(ImportRejection::row));
		return new ComponentImportReport(f, f.label(), rows.size(), created, updated, rejected, dryRun);
	}

	/** Adds already described components (the demo, other modules), all or nothing. */
	@Transactional
	public int add(List<SourceRow> rows) {
		ComponentChecker.Result checked = checker.check(rows, today());
		if (!checked.rejected().isEmpty()) {
			ImportRejection r = checked.rejected().get(0);
			throw new IllegalArgumentException("component " + r.row() + " refused: " + r.field() + " " + r.reason());
		}
		store.lock();
		List<ImportRejection> overflow = new ArrayList<>();
		List<Component> components = numbered(checked.valid(), overflow);
		if (!overflow.isEmpty()) {
			throw new IllegalArgumentException(overflow.get(0).reason());
		}
		int created = store.upsert(components);
		events.publishEvent(new ComponentsChanged(components.size()));
		return created;
	}

	/** The components with identifiers: those without one numbered after the highest in use in their class. */
	private List<Component> numbered(List<ComponentChecker.Checked> valid, List<ImportRejection> rejected) {
		Map<String, Integer> highest = store.highestSequences();
		for (ComponentChecker.Checked c : valid) {
			if (c.component().id() != null) {
				ComponentCode code = ComponentCode.parse(c.component().id());
				highest.merge(code.districtCode() + code.classCode(), code.sequence(), Math::max);
			}
		}
		List<Component> result = new ArrayList<>(valid.size());
		for (ComponentChecker.Checked checked : valid) {
			Component c = checked.component();
			if (c.id() == null) {
				int next = highest.merge(ComponentCode.prefix(district.code(), c.classCode()), 1, Integer::sum);
				if (next > ComponentCode.MAX_SEQUENCE) {
					rejected.add(new ImportRejection(checked.row(), checked.layer(), null, ComponentFields.OBJCODE,
							"小类 " + c.classCode() + " 的顺序码已用完（最多 999999 个）"));
					continue;
				}
				c = withId(c, new ComponentCode(district.code(), c.classCode(), next).value());
			}
			result.add(c);
		}
		return result;
	}

	/** Which of the components exist already (every identifier read once: a file may carry 100,000). */
	private Set<String> existing(List<Component> components) {
		Set<String> all = new HashSet<>(jdbc.sql("select id from urban.component").query(String.class).list());
		Set<String> existing = new HashSet<>();
		for (Component c : components) {
			if (all.contains(c.id())) {
				existing.add(c.id());
			}
		}
		return existing;
	}

	private static Component withId(Component c, String id) {
		return new Component(id, c.classCode(), c.name(), c.ownerUnit(), c.managerCode(), c.maintainerUnit(),
				c.gridCode(), c.communityCode(), c.streetCode(), c.state(), c.initialDate(), c.changedDate(),
				c.dataSource(), c.note(), c.lng(), c.lat(), c.lineWkt(), c.attributes());
	}

	private List<SourceRow> read(ImportFormat format, byte[] content) {
		int max = settings.maxImportRows();
		return switch (format) {
			case GEOJSON -> GeoJsonComponents.read(content, "file", json, max);
			case CSV -> CsvComponents.read(content, "file", max);
			case SHAPEFILE -> {
				try {
					yield ShapefileReader.readZip(content, max);
				}
				catch (IllegalArgumentException e) {
					throw ApiProblem.badInput("file", "invalid_shapefile", e.getMessage());
				}
			}
		};
	}

	private static ImportFormat format(byte[] content, String filename, String format) {
		if (format != null && !format.isBlank()) {
			return ImportFormat.named(format).orElseThrow(() -> unsupported("不支持的格式 " + format));
		}
		return ImportFormat.ofFilename(filename).or(() -> {
			if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
				return java.util.Optional.of(ImportFormat.SHAPEFILE);
			}
			return java.util.Optional.empty();
		}).orElseThrow(() -> unsupported("无法识别文件 " + (filename == null ? "" : filename) + " 的格式"));
	}

	private static ApiProblem unsupported(String why) {
		return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format",
				why + "：请上传 GeoJSON（.geojson）、Shapefile（含 .shp/.shx/.dbf 的 .zip）或 CSV（.csv）",
				List.of(new ApiProblem.FieldError("file", why)), null);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}
}
