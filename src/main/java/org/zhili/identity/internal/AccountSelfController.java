package org.zhili.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhili.identity.Actor;
import org.zhili.identity.OrgUnitDirectory;

/** 我的账号: profile, password change, second-factor enrolment. */
@Controller
@RequestMapping("/account")
class AccountSelfController {

	private static final String PENDING_SECRET = "zhili.pendingTotpSecret";

	private final AccountRepository accounts;
	private final AccountSelfService service;
	private final PasswordPolicy policy;
	private final OrgUnitDirectory units;
	private final SecurityProperties properties;

	AccountSelfController(AccountRepository accounts, AccountSelfService service, PasswordPolicy policy,
			OrgUnitDirectory units, SecurityProperties properties) {
		this.accounts = accounts;
		this.service = service;
		this.policy = policy;
		this.units = units;
		this.properties = properties;
	}

	@GetMapping
	String profile(Actor actor, Model model) {
		Account account = accounts.findById(actor.accountId()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("scopeUnit", units.findScope(account.scopeUnitCode()).orElse(null));
		model.addAttribute("roles", account.roles().stream().sorted().toList());
		model.addAttribute("passwordExpires", account.passwordChangedAt().plus(properties.password().maxAge()));
		return "identity/account";
	}

	@GetMapping("/password")
	String passwordForm(Actor actor, Model model) {
		Account account = accounts.findById(actor.accountId()).orElseThrow();
		model.addAttribute("forced", account.mustChangePassword());
		model.addAttribute("policy", policy.description());
		return "identity/password";
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @RequestParam String current, @RequestParam String password,
			@RequestParam String confirmation, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		List<String> problems = service.changePassword(actor.accountId(), current, password, confirmation,
				request.getRemoteAddr());
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			return passwordForm(actor, model);
		}
		redirect.addFlashAttribute("message", "密码已修改");
		return "redirect:/account";
	}

	@GetMapping("/totp")
	String totpForm(Actor actor, HttpSession session, Model model) {
		Account account = accounts.findById(actor.accountId()).orElseThrow();
		model.addAttribute("enrolled", account.totpEnabled());
		model.addAttribute("required", account.administrator() && properties.totp().requiredForAdministrators());
		if (!account.totpEnabled()) {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = Totp.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret);
			model.addAttribute("qr", QrCodes.svg(service.otpauthUri(properties.totp().issuer(), account.username(), secret)));
		}
		return "identity/totp";
	}

	@PostMapping("/totp")
	String enrol(Actor actor, @RequestParam String code, HttpSession session, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || !service.enrolTotp(actor.accountId(), secret, code, request.getRemoteAddr())) {
			model.addAttribute("problems", List.of("验证码不正确，请输入验证器当前显示的 6 位数字"));
			return totpForm(actor, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		redirect.addFlashAttribute("message", "动态口令已启用，今后登录时须填写");
		return "redirect:/account";
	}
}
