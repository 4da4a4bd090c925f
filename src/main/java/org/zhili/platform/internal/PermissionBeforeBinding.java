package org.zhili.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's {@code @PreAuthorize} before its arguments are bound. Method security runs when the method
 * is called, after the body has been read and validated, so someone without the permission would otherwise learn
 * from a 400 which fields an administrative endpoint expects. Expressions that read the arguments ({@code #id}) are
 * left to method security, which still checks every call.
 */
class PermissionBeforeBinding implements HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

	PermissionBeforeBinding(ApplicationContext context) {
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setApplicationContext(context);
		manager.setExpressionHandler(expressions);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		if (rule == null || rule.value().contains("#")) {
			return true;
		}
		MethodInvocation call = new SimpleMethodInvocation(method.getBean(), method.getMethod());
		AuthorizationResult result = manager.authorize(
				() -> SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(), call);
		if (result != null && !result.isGranted()) {
			throw new AccessDeniedException("denied before binding");
		}
		return true;
	}
}
