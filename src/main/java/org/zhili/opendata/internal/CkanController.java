package org.zhili.opendata.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.opendata.OpenDataset;

/**
 * The catalogue in CKAN's action API (version 3), the part harvesters read: a city's open-data portal harvests zhili
 * as it harvests a CKAN site. Answers carry CKAN's envelope ({@code help}, {@code success}, {@code result}).
 */
@RestController
@RequestMapping("/api/3/action")
@Tag(name = "开放数据（CKAN 接口）", description = "数据目录：package_list、package_show、package_search，供开放数据平台采集")
class CkanController {

	static final int MAX_ROWS = 1000;

	private final Catalogue catalogue;
	private final DatasetDescriptions descriptions;

	CkanController(Catalogue catalogue, DatasetDescriptions descriptions) {
		this.catalogue = catalogue;
		this.descriptions = descriptions;
	}

	@GetMapping("/package_list")
	@Operation(summary = "全部数据集的名称")
	Map<String, Object> packageList() {
		return ok("package_list", catalogue.all().stream().map(OpenDataset::name).toList());
	}

	@GetMapping("/package_show")
	@Operation(summary = "一个数据集：说明、许可、更新时间和下载资源（CSV、JSON、GeoJSON）")
	ResponseEntity<Map<String, Object>> packageShow(@RequestParam String id) {
		return catalogue.find(id)
			.map(d -> ResponseEntity.ok(ok("package_show", descriptions.ckanPackage(d, DatasetDescriptions.base()))))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound("package_show", id)));
	}

	@GetMapping("/package_search")
	@Operation(summary = "按关键词检索数据集（q 中的每个词都须出现），rows 至多 1000，start 从 0 起")
	Map<String, Object> packageSearch(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "10") int rows, @RequestParam(defaultValue = "0") int start) {
		List<OpenDataset> found = catalogue.search(q);
		int from = Math.min(Math.max(start, 0), found.size());
		int to = Math.min(from + Math.min(Math.max(rows, 0), MAX_ROWS), found.size());
		String base = DatasetDescriptions.base();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", found.size());
		result.put("results", found.subList(from, to).stream().map(d -> descriptions.ckanPackage(d, base)).toList());
		result.put("sort", "name asc");
		result.put("facets", Map.of());
		return ok("package_search", result);
	}

	private static Map<String, Object> ok(String action, Object result) {
		return envelope(action, true, "result", result);
	}

	private static Map<String, Object> notFound(String action, String id) {
		return envelope(action, false, "error", Map.of("__type", "Not Found Error", "message", "没有这个数据集：" + id));
	}

	/** CKAN's answer: where its help is, whether it succeeded, and the result or the error. */
	private static Map<String, Object> envelope(String action, boolean success, String key, Object value) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("help", DatasetDescriptions.base() + "/api/3/action/help_show?name=" + action);
		answer.put("success", success);
		answer.put(key, value);
		return answer;
	}
}
