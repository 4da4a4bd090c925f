package org.zhili.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhili.identity.AuditOutcome;

/** Writes an audit row when a signed-in account is refused something it asked for. */
@Component
class AccessDeniedAuditor {

	private final JdbcAuditTrail audit;

	AccessDeniedAuditor(JdbcAuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return; // anonymous visitors are sent to the login page; that is not an incident
		}
		String target = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI()
				: String.valueOf(event.getSource());
		audit.append(authentication.getName(), JdbcAuditTrail.currentAddress(), AuditActions.ACCESS_DENIED, target,
				AuditOutcome.DENIED, "无权访问");
	}
}
