package org.zhili.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.WebPage;

/** The error page, with the problem's status, for a problem raised while a {@link WebPage} is built. */
@ControllerAdvice(annotations = WebPage.class)
class PageProblemAdvice {

	@ExceptionHandler(ApiProblem.class)
	void problem(ApiProblem problem, HttpServletResponse response) throws IOException {
		response.sendError(problem.status().value(), problem.getMessage());
	}
}
