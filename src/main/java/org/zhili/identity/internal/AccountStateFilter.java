package org.zhili.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhili.platform.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a web session in step with its account: a disabled account is signed out at once, changed roles
 * or scope apply on the next request, and someone who must change their password or enrol a second
 * factor is taken there before anything else.
 */
class AccountStateFilter extends OncePerRequestFilter {

	/** Where someone with an obligation may still go: their own account pages, sign-out and static assets. */
	private static final List<String> ALWAYS_ALLOWED = List.of("/account/", "/logout", "/login", "/error", "/webjars/",
			"/css/", "/js/", "/favicon.ico");

	private final AccountRepository accounts;
	private final Principals principals;
	private final JsonMapper json;
	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountStateFilter(AccountRepository accounts, Principals principals, JsonMapper json) {
		this.accounts = accounts;
		this.principals = principals;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)
				|| principal.actor().accountId() == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!BearerTokenFilter.hasBearer(request)) {
			Optional<AccountPrincipal> current = refresh(principal, request, response);
			if (current.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?disabled");
				return;
			}
			principal = current.get();
		}
		if (principal.obligation() != null && !allowed(request)) {
			refuse(principal.obligation(), request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private Optional<AccountPrincipal> refresh(AccountPrincipal principal, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Integer> version = accounts.versionOf(principal.actor().accountId());
		if (version.isEmpty()) {
			return Optional.empty();
		}
		if (version.get() == principal.version()) {
			return Optional.of(principal);
		}
		Optional<AccountPrincipal> rebuilt = accounts.findById(principal.actor().accountId()).map(principals::of);
		rebuilt.ifPresent(p -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()));
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
		});
		return rebuilt;
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/account") || ALWAYS_ALLOWED.stream().anyMatch(path::startsWith);
	}

	private void refuse(AccountPrincipal.Obligation obligation, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean password = obligation == AccountPrincipal.Obligation.CHANGE_PASSWORD;
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Problems.write(request, response, json, Problems.of(HttpStatus.FORBIDDEN,
					password ? "password_change_required" : "second_factor_enrolment_required",
					password ? "须先修改密码（首次登录、被重置或已过期）" : "管理员账号须先启用动态口令", List.of()));
			return;
		}
		response.sendRedirect(request.getContextPath() + (password ? "/account/password" : "/account/totp"));
	}
}
