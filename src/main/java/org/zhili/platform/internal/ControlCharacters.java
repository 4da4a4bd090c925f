package org.zhili.platform.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.zhili.platform.ApiProblem;

/**
 * Refuses a request parameter holding a control character (a NUL byte, an escape…) with a 400 naming it. No field
 * of zhili takes one, PostgreSQL cannot store a NUL in text, and a parser that meets one fails somewhere deeper with
 * a misleading answer.
 */
class ControlCharacters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (controlled(parameter.getKey())) {
				throw ApiProblem.badInput("parameter", "control_character", "参数名含有不允许的控制字符");
			}
			for (String value : parameter.getValue()) {
				if (controlled(value)) {
					throw ApiProblem.badInput(parameter.getKey(), "control_character",
							"参数 " + parameter.getKey() + " 含有不允许的控制字符");
				}
			}
		}
		return true;
	}

	/** Tab, line feed and carriage return are text; every other C0 character and DEL are not. */
	static boolean controlled(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}
}
