package org.zhili.platform.internal;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.zhili.platform.Problems;

/**
 * The last stop for failures no controller handled (unknown addresses, errors raised by filters):
 * a page for people, a problem for programs.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		ModelAndView view = new ModelAndView("platform/error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("errorTitle", Problems.title(status.value()));
		view.addObject("requestId", request.getAttribute(Problems.REQUEST_ID));
		return view;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String code = switch (status) {
			case NOT_FOUND -> "not_found";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			default -> status.is5xxServerError() ? "internal_error" : "request_failed";
		};
		String detail = status == HttpStatus.NOT_FOUND ? "请求的地址不存在" : Problems.title(status.value());
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, code, detail, List.of()));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
