package org.zhili.identity.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.AuditOutcome;

/** The audit trail, for the audit administrator only (who can never change permissions). */
@RestController
@RequestMapping("/api/v1/audit")
@Validated
@Tag(name = "安全审计", description = "审计管理员：检索、校验、导出和按保存期限清理审计记录")
class AuditController {

	record Page(List<AuditLog.Entry> items, long total, int page, int size) {
	}

	record PurgeRequest(@NotNull Instant before) {
	}

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/events")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "检索审计记录（新的在前）")
	Page search(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) @Size(max = 100) String actor,
			@RequestParam(required = false) @Size(max = 64) String action,
			@RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		AuditLog.Query query = new AuditLog.Query(from, to, actor, action, outcome, q);
		return new Page(log.search(query, page * size, size), log.count(query), page, size);
	}

	@GetMapping("/verification")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "重新计算哈希链，报告第一条被改动或删除的位置")
	AuditChainVerifier.Verification verify() {
		return log.verify();
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@PreAuthorize("hasAuthority('AUDIT_EXPORT')")
	@Operation(summary = "导出为 CSV（UTF-8），导出本身记入审计")
	void export(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) @Size(max = 100) String actor,
			@RequestParam(required = false) @Size(max = 64) String action,
			@RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) @Size(max = 100) String q,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"audit-" + Instant.now().getEpochSecond() + ".csv\"");
		log.exportCsv(new AuditLog.Query(from, to, actor, action, outcome, q), response.getWriter());
	}

	@PostMapping("/purge")
	@PreAuthorize("hasAuthority('AUDIT_PURGE')")
	@Operation(summary = "清理保存期限（至少 180 天）以前的记录；剩余记录的哈希链仍可校验")
	AuditLog.Purged purge(@Valid @RequestBody PurgeRequest request) {
		return log.purge(request.before());
	}
}
