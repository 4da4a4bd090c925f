package org.zhili.identity.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhili.identity.AuditOutcome;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** 安全审计 pages for the audit administrator. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;
	private final SecurityProperties properties;

	AuditPages(AuditLog log, SecurityProperties properties) {
		this.log = log;
		this.properties = properties;
	}

	@GetMapping
	String search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditLog.Query query = new AuditLog.Query(start(from), to == null ? null : start(to.plusDays(1)), actor, action,
				outcome, q);
		model.addAttribute("entries", log.search(query, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("total", log.count(query));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("retentionDays", properties.auditRetention().toDays());
		return "identity/admin/audit";
	}

	/** Runs the chain verification and shows its verdict in place (htmx). */
	@GetMapping("/verification")
	String verify(Model model) {
		model.addAttribute("verification", log.verify());
		return "identity/admin/audit :: verification";
	}

	@PostMapping("/purge")
	@PreAuthorize("hasAuthority('AUDIT_PURGE')")
	String purge(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before,
			RedirectAttributes redirect) {
		try {
			AuditLog.Purged purged = log.purge(start(before));
			redirect.addFlashAttribute("message", "已清理 " + before + " 之前的审计记录 " + purged.rows() + " 条");
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
		}
		return "redirect:/admin/audit";
	}

	private static Instant start(LocalDate date) {
		return date == null ? null : date.atStartOfDay(ChinaTime.ZONE).toInstant();
	}
}
