package org.zhili.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.IdempotencyKey;
import org.zhili.platform.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes creating requests safe to retry (DESIGN.md §6): a POST carrying {@code Idempotency-Key} is
 * performed once per caller and key; a retry gets the first answer again, marked
 * {@code Idempotent-Replayed: true}. The same key with a different request is refused (422), and a
 * retry while the first is still running gets 409. Server errors are not remembered, so they can be
 * retried. Endpoints that keep their keys themselves ({@link IdempotencyKey.Endpoint}) are left alone.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	private final IdempotencyStore store;
	private final JsonMapper json;
	private final Set<IdempotencyKey.Endpoint> keepingTheirOwn;

	IdempotencyFilter(IdempotencyStore store, JsonMapper json, Set<IdempotencyKey.Endpoint> keepingTheirOwn) {
		this.store = store;
		this.json = json;
		this.keepingTheirOwn = keepingTheirOwn;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null
				|| keepingTheirOwn.contains(new IdempotencyKey.Endpoint(request.getMethod(), request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(IdempotencyKey.HEADER);
		try {
			IdempotencyKey.checked(key);
		}
		catch (ApiProblem invalid) {
			refuse(request, response, invalid);
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String principal = principal(request);
		String hash = hash(request, body);
		if (!store.claim(principal, key, hash)) {
			replayOrRefuse(principal, key, hash, request, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean remembered = false;
		try {
			chain.doFilter(new ReplayedBody(request, body), recorded);
			if (recorded.getStatus() < 500) {
				store.complete(principal, key, recorded.getStatus(), recorded.getContentType(),
						recorded.getContentAsByteArray());
				remembered = true;
			}
		}
		finally {
			if (!remembered) {
				store.release(principal, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private void replayOrRefuse(String principal, String key, String hash, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Optional<IdempotencyStore.Stored> stored = store.find(principal, key);
		if (stored.isEmpty()) {
			refuse(request, response, HttpStatus.CONFLICT, "idempotency_in_progress", "该请求正在处理，请稍后重试");
			return;
		}
		IdempotencyStore.Stored first = stored.get();
		if (!first.requestHash().equals(hash)) {
			refuse(request, response, IdempotencyKey.reused());
			return;
		}
		if (first.status() == null) {
			refuse(request, response, HttpStatus.CONFLICT, "idempotency_in_progress", "该请求正在处理，请稍后重试");
			return;
		}
		response.setStatus(first.status());
		if (first.contentType() != null) {
			response.setContentType(first.contentType());
		}
		response.setHeader(IdempotencyKey.REPLAYED_HEADER, "true");
		response.getOutputStream().write(first.body());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		Problems.write(request, response, json, Problems.of(status, code, detail, List.of()));
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, ApiProblem problem)
			throws IOException {
		Problems.write(request, response, json,
				Problems.of(problem.status(), problem.code(), problem.getMessage(), problem.errors()));
	}

	private static String principal(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal())) {
			return authentication.getName();
		}
		return "anonymous@" + request.getRemoteAddr();
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		return IdempotencyKey.fingerprint(
				request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString(), body);
	}

	/** The request with its body, already read for hashing, available again to the controller. */
	private static final class ReplayedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}
	}
}
