package org.zhili.enterprises.internal;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.enterprises.Pairings.NewPairing;
import org.zhili.enterprises.Pairings.NewVisit;
import org.zhili.enterprises.internal.EnterpriseViews.EnterpriseRecord;
import org.zhili.enterprises.internal.EnterpriseViews.PairingView;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/** 包联企业 over HTTP: pairings, their import, an enterprise's record and its visits. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "包联企业", description = "干部包联企业：包联关系、走访记录、企业诉求优先派至包联干部所在单位")
class PairingController {

	private final PairingService pairings;
	private final PairingImport imports;
	private final EnterpriseViews views;

	PairingController(PairingService pairings, PairingImport imports, EnterpriseViews views) {
		this.pairings = pairings;
		this.imports = imports;
		this.views = views;
	}

	@GetMapping("/pairings")
	@PreAuthorize("hasAuthority('ENTERPRISE_VIEW')")
	@Operation(summary = "包联关系：默认只列在包的，all=true 含已结束的；official 只列某干部的")
	List<PairingView> list(@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(required = false) String official) {
		return views.list(!all, official == null || official.isBlank() ? null : official.strip());
	}

	@PostMapping("/pairings")
	@PreAuthorize("hasAuthority('ENTERPRISE_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "建立包联关系：企业（统一社会信用代码、名称）、包联干部账号、起始日期、走访周期；一家企业同时只有一名包联干部（409）")
	PairingView pair(@RequestBody NewPairing pairing, Actor actor) {
		Pairing p = pairings.pairing(pairing, actor);
		return views.list(true, p.official()).stream().filter(v -> v.id() == p.id()).findFirst().orElseThrow();
	}

	@PostMapping("/pairings/{id}/end")
	@PreAuthorize("hasAuthority('ENTERPRISE_MANAGE')")
	@Operation(summary = "结束包联关系（默认今天）；记录仍留在企业页上")
	PairingView end(@PathVariable long id, @RequestBody(required = false) PairingService.Ending ending, Actor actor) {
		Pairing p = pairings.end(id, ending, actor);
		return views.list(false, p.official()).stream().filter(v -> v.id() == p.id()).findFirst().orElseThrow();
	}

	@PostMapping(path = "/pairings/import", consumes = "multipart/form-data")
	@PreAuthorize("hasAuthority('ENTERPRISE_MANAGE')")
	@Operation(summary = "从 CSV 或 XLSX 导入包联关系（表头：统一社会信用代码、企业名称、包联干部账号、起始日期、走访周期（天）、备注）；有一行错误则全部不导入（422，逐行说明）")
	PairingImport.Report importFile(@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
		if (file.isEmpty()) {
			throw ApiProblem.badInput("file", "empty_file", "请选择要导入的文件");
		}
		return imports.load(file.getOriginalFilename(), file.getBytes(), actor);
	}

	@GetMapping("/{creditCode}")
	@PreAuthorize("hasAuthority('ENTERPRISE_VIEW')")
	@Operation(summary = "企业的包联记录：包联干部及起始日期、以往的包联、走访、企业诉求及办理结果")
	EnterpriseRecord record(@PathVariable String creditCode) {
		return views.record(creditCode);
	}

	@PostMapping("/{creditCode}/visits")
	@PreAuthorize("hasAuthority('ENTERPRISE_VIEW')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "登记走访（包联干部本人，或营商环境部门代登记）：日期、交流内容、企业提出的问题——每个问题登记为一件企业诉求")
	EnterpriseViews.VisitView visit(@PathVariable String creditCode, @RequestBody NewVisit visit, Actor actor) {
		Visit v = pairings.recordVisit(creditCode, visit, actor);
		return views.record(v.creditCode()).visits().stream().filter(x -> x.id() == v.id()).findFirst().orElseThrow();
	}
}
