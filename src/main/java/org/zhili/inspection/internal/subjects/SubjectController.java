package org.zhili.inspection.internal.subjects;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Exports;

/** 检查对象名录库 over HTTP: search, register, import from Excel, a subject with its credit history. */
@RestController
@RequestMapping("/api/v1/inspection/subjects")
@Tag(name = "检查对象名录库", description = "双随机、一公开的检查对象：登记（统一社会信用代码校验）、Excel 批量导入（逐行校验，有误则整体不导入）、检索、信用风险分类及其变更记录")
class SubjectController {

	static final String TEMPLATE_NAME = "检查对象导入模板.xlsx";

	/** A subject and how its credit class came to be. */
	record SubjectDetail(Subjects.Subject subject, List<Subjects.CreditChange> creditHistory) {
	}

	private final SubjectLibrary library;

	SubjectController(SubjectLibrary library) {
		this.library = library;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "检索检查对象：名称或统一社会信用代码（q）、街道、行业、信用风险分类、类型、标签，分页；附各分类的数量")
	SubjectPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String street,
			@RequestParam(required = false) String industry, @RequestParam(required = false) CreditClass creditClass,
			@RequestParam(required = false) Kind kind, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw ApiProblem.badInput(page < 0 ? "page" : "size", "invalid_page", "page 不小于 0，size 在 1 到 500 之间");
		}
		return library.search(new SubjectSearch(q, street, industry, creditClass, kind, tag, page, size));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "登记检查对象：统一社会信用代码（校验位）、名称、类型、地址、经纬度（WGS84，定位到街道、社区、网格）、行业、规模、标签、信用风险分类（缺省 B）")
	ResponseEntity<Subjects.Subject> register(@RequestBody Subjects.NewSubject subject, Actor actor) {
		Subjects.Subject registered = library.register(subject, actor);
		return ResponseEntity.created(URI.create("/api/v1/inspection/subjects/" + registered.id())).body(registered);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个检查对象及其信用风险分类的变更记录（由早到晚）")
	SubjectDetail get(@PathVariable long id) {
		Subjects.Subject subject = library.find(id)
			.orElseThrow(() -> ApiProblem.notFound("subject_not_found", "名录库中没有这个检查对象"));
		return new SubjectDetail(subject, library.creditHistory(id));
	}

	@GetMapping("/industries")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "名录库中的行业")
	List<String> industries() {
		return library.industries();
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "从 Excel 导入（file，列同导入模板）：先逐行校验，任何一行有误则不写入并答 422 import_rejected，report.errors 列出每行的问题；已有的统一社会信用代码按文件更新")
	Subjects.ImportResult importWorkbook(@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
		if (file.isEmpty()) {
			throw ApiProblem.badInput("file", "empty_file", "请选择要导入的 Excel 文件");
		}
		try (InputStream in = file.getInputStream()) {
			return library.importWorkbook(in, actor);
		}
	}

	@GetMapping("/template")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "下载导入模板（.xlsx，中文列名、下拉选项和填写说明）")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Exports.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(TEMPLATE_NAME, StandardCharsets.UTF_8).build().toString())
			.body(library.template());
	}
}
