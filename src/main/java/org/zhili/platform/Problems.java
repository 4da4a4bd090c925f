package org.zhili.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Builds the one problem shape every zhili answer uses: RFC 9457 plus {@code code}, {@code errors}, {@code requestId}. */
public final class Problems {

	/** The logging (MDC) key and request attribute holding the current request id. */
	public static final String REQUEST_ID = "requestId";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail, List<ApiProblem.FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status.value()));
		problem.setProperty("code", code);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		String requestId = MDC.get(REQUEST_ID);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	public static String title(int status) {
		return switch (status) {
			case 400 -> "请求有误";
			case 401 -> "未登录或凭证无效";
			case 403 -> "无权访问";
			case 404 -> "未找到";
			case 405 -> "不支持该请求方法";
			case 406 -> "不支持的返回格式";
			case 409 -> "与当前状态冲突";
			case 413 -> "内容过大";
			case 415 -> "不支持的内容类型";
			case 422 -> "无法处理的内容";
			case 429 -> "请求过于频繁";
			default -> status >= 500 ? "服务器内部错误" : "请求未能完成";
		};
	}

	/** Writes a problem directly to a response, for filters that answer before any controller runs. */
	public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json,
			ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), body);
	}
}
