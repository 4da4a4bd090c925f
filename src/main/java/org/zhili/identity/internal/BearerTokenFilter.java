package org.zhili.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer …}; they never get a session. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final BearerAuthentication authentication;
	private final AuthenticationEntryPoint entryPoint;
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(BearerAuthentication authentication, AuthenticationEntryPoint entryPoint) {
		this.authentication = authentication;
		this.entryPoint = entryPoint;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String bearer = request.getHeader("Authorization").substring(SCHEME.length()).strip();
		try {
			AccountPrincipal principal = authentication.authenticate(bearer);
			SecurityContext context = holder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
			holder.setContext(context);
		}
		catch (BearerFailure | SignInFailure failure) {
			holder.clearContext();
			entryPoint.commence(request, response, failure);
			return;
		}
		chain.doFilter(request, response);
	}
}
