package org.zhili.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.zhili.identity.OrgUnitDirectory;

/**
 * Puts the signed-in person into every rendered page as {@code me}: their own name (shown to
 * themselves, so unmasked), roles and scope.
 */
class SignedInPerson implements HandlerInterceptor {

	/** What the page header and start page show about the person. */
	public record Me(String name, String roles, String scope) {
	}

	private final OrgUnitDirectory units;

	SignedInPerson(OrgUnitDirectory units) {
		this.units = units;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
				|| authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return;
		}
		String scope = units.findScope(principal.actor().scope().unitCode())
			.map(OrgUnitDirectory.ScopeUnit::name)
			.orElse(principal.actor().scope().unitCode());
		view.addObject("me", new Me(principal.displayName(), AccountAdministration.labels(principal.actor().roles()), scope));
	}
}
