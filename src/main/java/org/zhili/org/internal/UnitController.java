package org.zhili.org.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.DataScope;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/** The org tree: district → streets → communities → grids, and the departments, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/org")
@PreAuthorize("hasAuthority('ORG_VIEW')")
@Tag(name = "组织架构", description = "区、街道、社区、网格和委局办，按数据范围返回")
class UnitController {

	/** One page of units. */
	record UnitPage(long total, int offset, int limit, List<UnitQueries.Unit> items) {
	}

	/** A unit with the units above it, its children counted by level, and where its polygon comes from. */
	record UnitDetail(UnitQueries.Unit unit, List<UnitQueries.Unit> ancestors, List<UnitQueries.ChildCount> children,
			GeometryStore.Info geometry) {
	}

	private final UnitQueries units;
	private final GeometryStore geometries;

	UnitController(UnitQueries units, GeometryStore geometries) {
		this.units = units;
		this.geometries = geometries;
	}

	@GetMapping("/units")
	@Operation(summary = "单位列表，可按层级、上级、状态和名称/代码筛选")
	UnitPage list(DataScope scope, @RequestParam(required = false) UnitLevel level,
			@RequestParam(required = false) @Size(max = 32) String parent,
			@RequestParam(required = false) Boolean active,
			@Parameter(description = "名称包含或代码开头") @RequestParam(required = false) @Size(max = 50) String q,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
		if (parent != null && units.find(scope, Codes.check("parent", parent)).isEmpty()) {
			throw unknownParent();
		}
		UnitQueries.Filter filter = new UnitQueries.Filter(level, parent, active, q);
		return new UnitPage(units.count(scope, filter), offset, limit, units.list(scope, filter, offset, limit));
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "单位详情：上级链、下级计数、边界来源")
	UnitDetail unit(DataScope scope, @PathVariable String code) {
		UnitQueries.Unit unit = visible(scope, code);
		return new UnitDetail(unit, units.ancestors(scope, code), units.childCounts(scope, code),
				geometries.info(code).orElse(null));
	}

	@GetMapping("/units/{code}/children")
	@Operation(summary = "直接下级单位")
	List<UnitQueries.Unit> children(DataScope scope, @PathVariable String code) {
		visible(scope, code);
		return units.list(scope, new UnitQueries.Filter(null, code, null, null), 0, 10_000);
	}

	@GetMapping("/tree")
	@Operation(summary = "区—街道—社区树，含各级下级数量（在用/停用）")
	List<UnitQueries.TreeNode> tree(DataScope scope) {
		return units.tree(scope);
	}

	private UnitQueries.Unit visible(DataScope scope, String code) {
		if (!Codes.UNIT.matcher(code).matches()) {
			throw notFound();
		}
		return units.find(scope, code).orElseThrow(UnitController::notFound);
	}

	/** Outside the scope looks exactly like nonexistent. */
	static ApiProblem notFound() {
		return ApiProblem.notFound("not_found", "单位不存在或不在您的数据范围内");
	}

	static ApiProblem unknownParent() {
		return ApiProblem.badInput("parent", "unknown_code", "上级单位不存在或不在您的数据范围内");
	}
}
