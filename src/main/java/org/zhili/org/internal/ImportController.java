package org.zhili.org.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.org.UnitLevel;

/** 边界导入: real street, community or grid layers replace the generated ones (system administrator). */
@RestController
@RequestMapping("/api/v1/org/import")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
@Tag(name = "边界导入", description = "导入真实的街道、社区、网格边界（GeoJSON），全部通过校验才写入")
class ImportController {

	private final LayerImport imports;

	ImportController(LayerImport imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传 GeoJSON 文件导入一层边界；有任何要素被拒绝则返回 422 和完整校验报告")
	ImportReport upload(@RequestParam UnitLevel level, @RequestPart("file") MultipartFile file,
			@Parameter(description = "只校验不写入") @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(description = "wgs84（默认）或 gcj02") @RequestParam(defaultValue = "wgs84") @Size(max = 10) String crs) {
		try {
			return imports.importLayer(level, file.getBytes(), "file", gcj02(crs), dryRun);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the uploaded file", e);
		}
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
	@Operation(summary = "以请求体（GeoJSON FeatureCollection）导入一层边界；有任何要素被拒绝则返回 422 和完整校验报告")
	ImportReport body(@RequestParam UnitLevel level, @RequestBody byte[] body,
			@Parameter(description = "只校验不写入") @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(description = "wgs84（默认）或 gcj02") @RequestParam(defaultValue = "wgs84") @Size(max = 10) String crs) {
		return imports.importLayer(level, body, "body", gcj02(crs), dryRun);
	}

	private static boolean gcj02(String crs) {
		return GeographyController.Crs.parse("crs", crs) == GeographyController.Crs.GCJ02;
	}
}
