package org.zhili.platform.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a REST endpoint into a problem answer, before {@link PageProblemAdvice} (which advises every
 * controller) is asked. Input errors name the field; conflicts say what conflicted; nothing about the server's
 * internals leaks into a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
		ProblemDetail body = Problems.of(problem.status(), problem.code(), problem.getMessage(), problem.errors());
		if (problem.extra() != null) {
			body.setProperty(problem.status() == HttpStatus.UNPROCESSABLE_ENTITY ? "report" : "details", problem.extra());
		}
		return ResponseEntity.status(problem.status()).body(body);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "concurrent_modification", "该记录已被他人修改，请刷新后重试");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		log.info("Rejected by a database constraint: {}", e.getMostSpecificCause().getMessage());
		// SQLSTATE class 22 (a NUL byte in text, a text too long, a number out of range) is the request's value, not
		// a conflict with stored data.
		if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			return problem(HttpStatus.BAD_REQUEST, "bad_value", "请求中的某个值无法保存（含不允许的字符、过长或超出范围）");
		}
		return problem(HttpStatus.CONFLICT, "constraint_violation", "与已有数据冲突（重复或仍被引用）");
	}

	/**
	 * A constraint on a parameter of a {@code @Validated} controller (e.g. {@code @Size} on a request parameter),
	 * checked by the method-validation interceptor rather than by MVC: bad input, named by the parameter.
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
			errors.add(new ApiProblem.FieldError(parameterPath(violation.getPropertyPath()), violation.getMessage()));
		}
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid_input", summary(errors), errors));
	}

	/** {@code upload.note} → {@code note}: the path below the method. */
	private static String parameterPath(Path path) {
		StringBuilder name = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR || node.getName() == null) {
				continue;
			}
			name.append(name.isEmpty() ? "" : ".").append(node.getName());
		}
		return name.toString();
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "当前账号无权执行此操作");
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
		return apiProblem(UnreadableParameters.problem(e));
	}

	/** A body other than multipart/form-data sent to an upload endpoint (too large an upload has its own answer, 413). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "请以 multipart/form-data 上传文件");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "服务器处理请求时出错，请稍后重试并提供请求编号");
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = translate(ex, status);
		return super.handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static ProblemDetail translate(Exception ex, HttpStatusCode status) {
		if (ex instanceof MethodArgumentNotValidException invalid) {
			List<ApiProblem.FieldError> errors = new ArrayList<>();
			for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
				// a value that could not be converted (a query object's field) reads like a mistyped parameter
				errors.add(new ApiProblem.FieldError(error.getField(), error.isBindingFailure()
						? "参数 " + error.getField() + " 的值 '" + error.getRejectedValue() + "' 格式不正确"
						: error.getDefaultMessage()));
			}
			invalid.getBindingResult().getGlobalErrors()
				.forEach(e -> errors.add(new ApiProblem.FieldError(e.getObjectName(), e.getDefaultMessage())));
			return Problems.of(status, "invalid_input", summary(errors), errors);
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			List<ApiProblem.FieldError> errors = new ArrayList<>();
			invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
				.forEach(e -> errors.add(new ApiProblem.FieldError(result.getMethodParameter().getParameterName(),
						e.getDefaultMessage()))));
			return Problems.of(status, "invalid_input", summary(errors), errors);
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String field = mismatch instanceof MethodArgumentTypeMismatchException m ? m.getName()
					: mismatch.getPropertyName();
			String message = "参数 " + field + " 的值 '" + mismatch.getValue() + "' 格式不正确"
					+ expected(mismatch.getRequiredType());
			return Problems.of(status, "invalid_input", message, List.of(new ApiProblem.FieldError(field, message)));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			String message = "缺少参数 " + missing.getParameterName();
			return Problems.of(status, "missing_parameter", message,
					List.of(new ApiProblem.FieldError(missing.getParameterName(), message)));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			String message = "缺少上传内容 " + missing.getRequestPartName();
			return Problems.of(status, "missing_parameter", message,
					List.of(new ApiProblem.FieldError(missing.getRequestPartName(), message)));
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return unreadable(status, unreadable);
		}
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return Problems.of(status, "payload_too_large", UnreadableParameters.tooLarge(tooLarge.getMaxUploadSize()),
					List.of());
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			return Problems.of(status, "unsupported_media_type",
					"不支持的内容类型 " + unsupported.getContentType() + "，请使用 " + unsupported.getSupportedMediaTypes(),
					List.of());
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return Problems.of(status, "method_not_allowed", "该地址不支持 " + method.getMethod() + " 请求", List.of());
		}
		if (ex instanceof NoResourceFoundException) {
			return Problems.of(status, "not_found", "请求的地址不存在", List.of());
		}
		return Problems.of(status, "request_failed", Problems.title(status.value()), List.of());
	}

	private static ProblemDetail unreadable(HttpStatusCode status, HttpMessageNotReadableException ex) {
		// The value's own failure (a date that does not parse, a number out of range) may sit below the
		// exception that knows which field it was: look down the whole chain for the one with a path.
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof UnrecognizedPropertyException unknown) {
				return unknownField(status, unknown);
			}
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				String field = fieldPath(jackson.getPath());
				String message = "字段 " + field + " 的值格式不正确";
				return Problems.of(status, "invalid_input", message, List.of(new ApiProblem.FieldError(field, message)));
			}
		}
		return Problems.of(status, "malformed_body", "请求体不是有效的 JSON", List.of());
	}

	/**
	 * A field the endpoint does not know ({@code category} instead of {@code categoryCode}): refused rather than
	 * dropped, named with its path ({@code requester.mobile}), with the fields that would have been read there.
	 */
	private static ProblemDetail unknownField(HttpStatusCode status, UnrecognizedPropertyException unknown) {
		String field = unknown.getPath().isEmpty() ? unknown.getPropertyName() : fieldPath(unknown.getPath());
		List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
				: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
		String message = "未知字段 " + field + "，请检查字段名" + (known.isEmpty() ? "" : "（可用字段：" + String.join("、", known) + "）");
		ProblemDetail problem = Problems.of(status, "unknown_field", message,
				List.of(new ApiProblem.FieldError(field, "未知字段")));
		problem.setProperty("field", field);
		if (!known.isEmpty()) {
			problem.setProperty("knownFields", known);
		}
		return problem;
	}

	private static String fieldPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : path) {
			if (ref.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "，应为数字";
		}
		if (type.isEnum()) {
			return "，可选值：" + String.join("、",
					java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "，应为 ISO 日期时间格式（如 2026-02-13 或 2026-02-13T09:00）";
		}
		return "";
	}

	private static String summary(List<ApiProblem.FieldError> errors) {
		return errors.isEmpty() ? "输入有误"
				: "输入有误：" + String.join("；", errors.stream().map(e -> e.field() + " " + e.message()).toList());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
		return ResponseEntity.status(status).body(Problems.of(status, code, detail, List.of()));
	}
}
