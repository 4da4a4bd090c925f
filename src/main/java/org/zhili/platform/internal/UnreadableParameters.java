package org.zhili.platform.internal;

import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.http.HttpStatus;
import org.zhili.platform.ApiProblem;

/**
 * A request whose parameters the server could not read: too large a multipart body (found by whoever reads a
 * parameter first, an interceptor as often as the endpoint) answers 413 naming the limit; too many parameters or a
 * broken encoding answer 400.
 */
final class UnreadableParameters {

	private UnreadableParameters() {
	}

	static ApiProblem problem(InvalidParameterException e) {
		if (e.getCause() instanceof SizeException size) {
			return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", tooLarge(size.getPermittedSize()),
					List.of(), null);
		}
		return ApiProblem.badInput("unreadable_parameters", "请求参数无法解析（参数过多或编码有误）", List.of());
	}

	/** What a 413 says, with the limit when it is known ({@code maxBytes} not positive: unknown). */
	static String tooLarge(long maxBytes) {
		return "上传内容超过大小限制" + (maxBytes > 0 ? "（最多 " + maxBytes / 1024 / 1024 + " MB）" : "");
	}
}
