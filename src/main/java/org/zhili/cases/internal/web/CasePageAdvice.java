package org.zhili.cases.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhili.platform.ApiProblem;

/**
 * A problem raised while a case page is built (a case outside the viewer's scope, a malformed filter) shows
 * the platform's error page with the problem's status: a case of another street is "not found", as in the API.
 */
@ControllerAdvice(assignableTypes = { CaseListPages.class, CasePage.class, DispatchPages.class, IntakePages.class,
		CategoryPages.class })
class CasePageAdvice {

	@ExceptionHandler(ApiProblem.class)
	void problem(ApiProblem problem, HttpServletResponse response) throws IOException {
		response.sendError(problem.status().value(), problem.getMessage());
	}
}
