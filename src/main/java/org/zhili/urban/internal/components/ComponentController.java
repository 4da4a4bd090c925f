package org.zhili.urban.internal.components;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import tools.jackson.databind.node.ObjectNode;

/** The 管理部件 inventory over HTTP: list, read, edit, the map's boxes, the nearest components to a point, import, export. */
@RestController
@RequestMapping("/api/v1/urban/components")
@Tag(name = "管理部件", description = "部件台账（16位标识码、权属/主管/养护单位、网格、状态）：查询、地图、附近部件、修改状态和属性、GeoJSON/Shapefile/CSV 导入导出")
class ComponentController {

	/** A page of the list. */
	record PageView(List<ComponentViews.ComponentView> items, long total, int page, int size) {
	}

	/** What an edit may change; fields left out stay as they are. */
	record Edit(String state, String note, Map<String, Object> attributes) {
	}

	/** Components near a point, nearest first. */
	record NearView(double lng, double lat, double metres, List<ComponentIndex.Nearby> components) {
	}

	private static final int MAX_PAGE_SIZE = 500;
	private static final double MAX_METRES = 500;

	private final ComponentInventory inventory;
	private final ComponentViews views;
	private final ComponentLookup lookup;
	private final ComponentImports imports;
	private final ComponentExport export;
	private final ComponentMap map;
	private final Clock clock;

	ComponentController(ComponentInventory inventory, ComponentViews views, ComponentLookup lookup,
			ComponentImports imports, ComponentExport export, ComponentMap map, Clock clock) {
		this.inventory = inventory;
		this.views = views;
		this.lookup = lookup;
		this.imports = imports;
		this.export = export;
		this.map = map;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "部件台账", description = "class：小类（4位）或大类（2位）；area：网格、社区或街道代码；state：INTACT/DAMAGED/LOST/OCCUPIED；q：标识码前缀、名称、权属或养护单位、属性")
	PageView list(@RequestParam(name = "class", required = false) String classCode,
			@RequestParam(required = false) String area, @RequestParam(required = false) String state,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiProblem.badInput("size", "bad_size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
		}
		if (page < 0) {
			throw ApiProblem.badInput("page", "bad_page", "页码从 0 开始");
		}
		ComponentStore.Page found = inventory.list(filter(classCode, area, state, q), size, page * size);
		return new PageView(views.views(found.items()), found.total(), page, size);
	}

	@GetMapping("/{id:[0-9]+}")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "按16位标识码查部件")
	ComponentViews.ComponentView get(@PathVariable String id) {
		return views.view(inventory.require(id));
	}

	@PatchMapping("/{id:[0-9]+}")
	@PreAuthorize("hasAuthority('URBAN_MANAGE')")
	@Operation(summary = "修改部件状态、备注和专有属性", description = "state：INTACT（完好）、DAMAGED（破损）、LOST（丢失）、OCCUPIED（占用）；attributes 按小类的属性字段，如 0203 公交站亭的 STATION（站名）；变更日期记为当天")
	ComponentViews.ComponentView edit(@PathVariable String id, @RequestBody Edit edit) {
		return views.view(inventory.edit(id, edit.state(), edit.note(), edit.attributes()));
	}

	@GetMapping("/near")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "附近部件", description = "一点（WGS84）附近若干米内的部件，由近及远；class 为小类（4位）或大类（2位）。监督员上报“井盖丢失”时据此选定部件，案卷带上部件标识码")
	NearView near(@RequestParam(required = false) Double lng, @RequestParam(required = false) Double lat,
			@RequestParam(defaultValue = "30") double metres,
			@RequestParam(name = "class", required = false) String classCode,
			@RequestParam(defaultValue = "10") int limit) {
		if (lng == null || !Double.isFinite(lng) || Math.abs(lng) > 180) {
			throw ApiProblem.badInput("lng", "bad_lng", "请给出经度 lng（WGS84，-180 到 180）");
		}
		if (lat == null || !Double.isFinite(lat) || Math.abs(lat) > 90) {
			throw ApiProblem.badInput("lat", "bad_lat", "请给出纬度 lat（WGS84，-90 到 90）");
		}
		if (!(metres > 0) || metres > MAX_METRES) {
			throw ApiProblem.badInput("metres", "bad_metres", "范围 metres 应大于 0、不超过 " + (int) MAX_METRES + " 米");
		}
		if (limit < 1 || limit > ComponentLookup.MAX_RESULTS) {
			throw ApiProblem.badInput("limit", "bad_limit", "limit 应在 1 到 " + ComponentLookup.MAX_RESULTS + " 之间");
		}
		return new NearView(lng, lat, metres, lookup.near(lng, lat, metres, classCode(classCode), limit));
	}

	@GetMapping(value = "/map", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "地图图层（GeoJSON）", description = "bbox=西,南,东,北（WGS84）内的部件；部件多时按格汇总为 count/faulty（clustered=true）；majors 为逗号分隔的大类，如 01,02")
	ObjectNode mapLayer(@RequestParam(required = false) String bbox,
			@RequestParam(required = false, defaultValue = "01,02,03,04,05,06") String majors) {
		double[] box = bbox(bbox);
		List<String> chosen = Arrays.stream(majors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		for (String m : chosen) {
			if (!m.matches("[0-9]{2}")) {
				throw ApiProblem.badInput("majors", "bad_major", "大类应为2位数字：" + m);
			}
		}
		return map.features(box[0], box[1], box[2], box[3], chosen);
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('URBAN_MANAGE')")
	@Operation(summary = "导入部件（GeoJSON、Shapefile 压缩包或 CSV）", description = "逐行校验：合格的行写入（标识码已存在则更新，未给标识码则按小类顺次编码），有误的行列在报告中（行号、字段、原因）。格式不支持 415；文件无法读取 400；没有一行合格 422（附报告）")
	ComponentImportReport importFile(@RequestPart("file") MultipartFile file,
			@Parameter(description = "geojson、shapefile 或 csv；不填按文件扩展名判断") @RequestParam(required = false) String format,
			@Parameter(description = "只校验不写入") @RequestParam(defaultValue = "false") boolean dryRun) {
		try {
			return imports.importFile(file.getBytes(), file.getOriginalFilename(), format, dryRun);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the uploaded file", e);
		}
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "导出部件（GeoJSON、Shapefile 压缩包或 CSV）", description = "字段与导入相同（OBJCODE、OBJNAME、DEPTCODE1…），可再导入；筛选条件同台账")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "geojson") String format,
			@RequestParam(name = "class", required = false) String classCode,
			@RequestParam(required = false) String area, @RequestParam(required = false) String state,
			@RequestParam(required = false) String q) {
		ImportFormat f = ImportFormat.named(format).orElseThrow(() -> ApiProblem.badInput("format", "bad_format",
				"格式应为 geojson、shapefile 或 csv：" + format));
		ComponentExport.File file = export.export(f, filter(classCode, area, state, q),
				LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private static ComponentStore.Filter filter(String classCode, String area, String state, String q) {
		Component.State s = null;
		if (state != null && !state.isBlank()) {
			s = Component.State.parse(state).orElseThrow(() -> ApiProblem.badInput("state", "bad_state",
					"状态应为 INTACT、DAMAGED、LOST 或 OCCUPIED：" + state));
		}
		if (area != null && !area.isBlank() && !area.strip().matches("[0-9]{9,15}")) {
			throw ApiProblem.badInput("area", "bad_area", "area 应为网格、社区或街道代码：" + area);
		}
		return new ComponentStore.Filter(classCode(classCode), area, s, q);
	}

	private static String classCode(String classCode) {
		if (classCode == null || classCode.isBlank()) {
			return null;
		}
		String c = classCode.strip();
		if (!c.matches("[0-9]{2}|[0-9]{4}")) {
			throw ApiProblem.badInput("class", "bad_class", "class 应为小类（4位数字）或大类（2位数字）：" + classCode);
		}
		return c;
	}

	private static double[] bbox(String bbox) {
		if (bbox == null || bbox.isBlank()) {
			throw ApiProblem.badInput("bbox", "missing_bbox", "请给出 bbox=西,南,东,北（WGS84 经纬度）");
		}
		String[] parts = bbox.split(",");
		if (parts.length != 4) {
			throw ApiProblem.badInput("bbox", "bad_bbox", "bbox 应为 西,南,东,北 四个数：" + bbox);
		}
		double[] box = new double[4];
		try {
			for (int i = 0; i < 4; i++) {
				box[i] = Double.parseDouble(parts[i].strip());
			}
		}
		catch (NumberFormatException e) {
			throw ApiProblem.badInput("bbox", "bad_bbox", "bbox 应为 西,南,东,北 四个数：" + bbox);
		}
		if (!(box[0] < box[2]) || !(box[1] < box[3]) || !Geometries.isLngLat(box[0], box[1])
				|| !Geometries.isLngLat(box[2], box[3])) {
			throw ApiProblem.badInput("bbox", "bad_bbox", "bbox 的西应小于东、南应小于北，且为经纬度：" + bbox);
		}
		return box;
	}
}
