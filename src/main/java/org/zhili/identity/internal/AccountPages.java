package org.zhili.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

/** 账号管理 pages for the security administrator. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
class AccountPages {

	private static final int PAGE_SIZE = 50;

	private final AccountAdministration administration;
	private final AccountRepository accounts;
	private final OrgUnitDirectory units;
	private final Clock clock;

	AccountPages(AccountAdministration administration, AccountRepository accounts, OrgUnitDirectory units, Clock clock) {
		this.administration = administration;
		this.accounts = accounts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String list(Actor admin, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AccountRepository.Filter filter = new AccountRepository.Filter(admin.scope().pathPattern(), q, role,
				Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("accounts", accounts.find(filter).stream().map(this::view).toList());
		model.addAttribute("total", accounts.count(filter));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("allRoles", Role.values());
		return "identity/admin/accounts";
	}

	@GetMapping("/new")
	String newForm(Actor admin, Model model) {
		model.addAttribute("form", Map.of("includeChildren", true));
		return form(admin, model);
	}

	@PostMapping
	String create(Actor admin, @RequestParam Map<String, String> fields, @RequestParam(required = false) List<Role> roles,
			Model model, RedirectAttributes redirect) {
		try {
			AccountAdministration.Created created = administration.create(admin,
					new AccountAdministration.NewAccountRequest(fields.get("username"), fields.get("displayName"),
							fields.get("phone"), roles == null ? Set.of() : Set.copyOf(roles), fields.get("scopeUnitCode"),
							fields.containsKey("includeChildren"), fields.get("initialPassword")));
			redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
			redirect.addFlashAttribute("message", "账号已创建");
			return "redirect:/admin/accounts/" + created.account().id();
		}
		catch (ApiProblem problem) {
			model.addAttribute("form", fields);
			model.addAttribute("selectedRoles", roles == null ? Set.of() : Set.copyOf(roles));
			model.addAttribute("errors", errors(problem));
			return form(admin, model);
		}
	}

	@GetMapping("/{id}")
	String detail(Actor admin, @PathVariable long id, Model model) {
		Account account = administration.load(admin, id);
		model.addAttribute("account", view(account));
		model.addAttribute("self", account.id() == (admin.accountId() == null ? -1 : admin.accountId()));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("units", units.assignable().stream().filter(u -> admin.scope().covers(u.path())).toList());
		model.addAttribute("canUnmask", admin.has(org.zhili.identity.Permission.PERSONAL_DATA_UNMASK));
		return "identity/admin/account";
	}

	@PostMapping("/{id}/access")
	String changeAccess(Actor admin, @PathVariable long id, @RequestParam(required = false) List<Role> roles,
			@RequestParam String scopeUnitCode, @RequestParam(required = false) String includeChildren,
			@RequestParam int version, RedirectAttributes redirect) {
		return act(redirect, id, () -> administration.changeAccess(admin, id, version,
				roles == null ? Set.of() : EnumSet.copyOf(roles), scopeUnitCode, includeChildren != null), "角色和数据范围已保存");
	}

	@PostMapping("/{id}/unlock")
	String unlock(Actor admin, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> administration.unlock(admin, id), "已解除锁定");
	}

	@PostMapping("/{id}/disable")
	String disable(Actor admin, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> administration.setEnabled(admin, id, false), "账号已停用");
	}

	@PostMapping("/{id}/enable")
	String enable(Actor admin, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> administration.setEnabled(admin, id, true), "账号已启用");
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(Actor admin, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> redirect.addFlashAttribute("oneTimePassword", administration.resetPassword(admin, id)),
				"密码已重置，请将一次性密码当面或经安全渠道告知本人");
	}

	@PostMapping("/{id}/reset-second-factor")
	String resetSecondFactor(Actor admin, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> administration.resetSecondFactor(admin, id), "动态口令已重置，本人下次登录时重新绑定");
	}

	/** The clear value of a masked field, swapped into the page by htmx; audited. */
	@GetMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('ACCOUNT_MANAGE') and hasAuthority('PERSONAL_DATA_UNMASK')")
	String reveal(Actor admin, @PathVariable long id, @RequestParam String field, Model model) {
		model.addAttribute("value", administration.reveal(admin, id, field));
		return "identity/admin/account :: revealed";
	}

	private String act(RedirectAttributes redirect, long id, Runnable action, String message) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
		}
		return "redirect:/admin/accounts/" + id;
	}

	private String form(Actor admin, Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("units", units.assignable().stream().filter(u -> admin.scope().covers(u.path())).toList());
		return "identity/admin/account-new";
	}

	private AccountView view(Account account) {
		return AccountView.of(account, units, clock.instant());
	}

	static Map<String, String> errors(ApiProblem problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
		if (errors.isEmpty()) {
			errors.put("_", problem.getMessage());
		}
		return errors;
	}
}
