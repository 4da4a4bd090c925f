package org.zhili.platform.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhili.platform.Problems;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is well-formed) that appears in
 * each log line written for it, in the response header and in problem answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	/** The error page is rendered in a second dispatch; it keeps the id of the request that failed. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		Object earlier = request.getAttribute(Problems.REQUEST_ID);
		String id = earlier instanceof String s ? s
				: given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
		MDC.put(Problems.REQUEST_ID, id);
		request.setAttribute(Problems.REQUEST_ID, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(Problems.REQUEST_ID);
		}
	}
}
