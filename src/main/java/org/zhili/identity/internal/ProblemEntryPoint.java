package org.zhili.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.zhili.platform.Problems;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API clients as problems, with a code that says what to do next. */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemEntryPoint(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		String code = "unauthorized";
		String detail = "需要登录：请在 Authorization 头中提供 Bearer 令牌（POST /api/v1/auth/token 获取）";
		if (failure instanceof BearerFailure bearer) {
			code = bearer.code();
			detail = bearer.getMessage();
		}
		else if (failure instanceof SignInFailure signIn) {
			code = "scope_unavailable";
			detail = signIn.getMessage();
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"zhili\"");
		Problems.write(request, response, json, Problems.of(HttpStatus.UNAUTHORIZED, code, detail, List.of()));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Problems.write(request, response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "当前账号无权访问该资源", List.of()));
	}
}
