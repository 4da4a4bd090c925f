package org.zhili.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhili.identity.Actor;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** API 密钥 pages for the security administrator. */
@Controller
@RequestMapping("/admin/api-keys")
@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
class ApiKeyPages {

	private final ApiKeyAdministration administration;
	private final ApiKeys keys;
	private final OrgUnitDirectory units;

	ApiKeyPages(ApiKeyAdministration administration, ApiKeys keys, OrgUnitDirectory units) {
		this.administration = administration;
		this.keys = keys;
		this.units = units;
	}

	@GetMapping
	String list(Actor admin, Model model) {
		model.addAttribute("keys", keys.findAll());
		model.addAttribute("roles", List.of(Role.values()).stream().filter(r -> !r.administrator()).toList());
		model.addAttribute("units", units.assignable().stream().filter(u -> admin.scope().covers(u.path())).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "identity/admin/api-keys";
	}

	@PostMapping
	String issue(Actor admin, @RequestParam Map<String, String> fields, @RequestParam(required = false) List<Role> roles,
			Model model, RedirectAttributes redirect) {
		try {
			String expires = fields.get("expiresOn");
			ApiKeyAdministration.Issued issued = administration.issue(admin, fields.get("name"),
					roles == null ? Set.of() : Set.copyOf(roles), fields.get("scopeUnitCode"),
					fields.containsKey("includeChildren"), expires == null || expires.isBlank() ? null
							: LocalDate.parse(expires).plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
			redirect.addFlashAttribute("issued", issued);
			return "redirect:/admin/api-keys";
		}
		catch (ApiProblem problem) {
			model.addAttribute("form", fields);
			model.addAttribute("errors", AccountPages.errors(problem));
			return list(admin, model);
		}
		catch (java.time.DateTimeException e) {
			model.addAttribute("form", fields);
			model.addAttribute("errors", Map.of("expiresOn", "到期日期格式不正确"));
			return list(admin, model);
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		ApiKeys.ApiKey key = administration.revoke(id);
		redirect.addFlashAttribute("message", "已吊销 " + key.name());
		return "redirect:/admin/api-keys";
	}
}
