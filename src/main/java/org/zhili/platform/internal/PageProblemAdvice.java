package org.zhili.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhili.platform.ApiProblem;

/**
 * The error page, with the problem's status, for a problem raised while a page is built: an item outside the reader's
 * scope is "not found" on its page as in the API, a malformed filter is bad input. It advises every controller; the
 * API's controllers are answered first by {@link ApiExceptionAdvice}, so what reaches this one comes from a page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

	@ExceptionHandler(ApiProblem.class)
	void problem(ApiProblem problem, HttpServletResponse response) throws IOException {
		response.sendError(problem.status().value(), problem.getMessage());
	}

	@ExceptionHandler(InvalidParameterException.class)
	void unreadableParameters(InvalidParameterException e, HttpServletResponse response) throws IOException {
		problem(UnreadableParameters.problem(e), response);
	}
}
