package org.zhili.inspection.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhili.platform.ApiProblem;

/** The error page, with the problem's status, for a problem raised while an {@link InspectionPage} is built. */
@ControllerAdvice(annotations = InspectionPage.class)
class InspectionPageAdvice {

	@ExceptionHandler(ApiProblem.class)
	void problem(ApiProblem problem, HttpServletResponse response) throws IOException {
		response.sendError(problem.status().value(), problem.getMessage());
	}
}
