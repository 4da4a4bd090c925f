package org.zhili.open311.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the Open311 endpoint as GeoReport's list of code and description, in the format of the
 * resource's suffix: the endpoint's own errors, and anything Spring refuses before (a body that is not a form,
 * a malformed parameter) as 400.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final Documents documents;

	Open311Errors(Documents documents) {
		this.documents = documents;
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> open311(Open311Error error, HttpServletRequest request) {
		return documents.error(format(request), error);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> other(Exception e, HttpServletRequest request) {
		if (e instanceof org.springframework.web.ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			int status = response.getStatusCode().value();
			return documents.error(format(request), new Open311Error(status == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
					java.util.List.of(e.getMessage() == null ? "bad request" : e.getMessage())));
		}
		// The specification answers any failure of the service as a 400 "general service error" the client reports.
		log.error("Open311 request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
		return documents.error(format(request), new Open311Error(HttpStatus.BAD_REQUEST,
				java.util.List.of("general service error: the request could not be processed, please tell us")));
	}

	private static Format format(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return Format.of(uri.substring(uri.lastIndexOf('.') + 1));
	}
}
