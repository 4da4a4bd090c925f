package org.zhili.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure a client can act on, answered as an RFC 9457 problem: a stable {@code code} for programs,
 * a Chinese message for people and, for bad input, the fields at fault. Throw it from any layer; nothing
 * that was begun in the same transaction is kept.
 */
public class ApiProblem extends RuntimeException {

	/** One field a client got wrong: its name as the client sent it, and why it was refused. */
	public record FieldError(String field, String message) {
	}

	private final HttpStatus status;
	private final String code;
	private final List<FieldError> errors;
	private final transient Object extra;

	public ApiProblem(HttpStatus status, String code, String message, List<FieldError> errors, Object extra) {
		super(message);
		this.status = status;
		this.code = code;
		this.errors = List.copyOf(errors);
		this.extra = extra;
	}

	/** 400: one input field is wrong. */
	public static ApiProblem badInput(String field, String code, String message) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, code, message, List.of(new FieldError(field, message)), null);
	}

	/** 400: several fields are wrong; the message summarises them. */
	public static ApiProblem badInput(String code, String message, List<FieldError> errors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, code, message, errors, null);
	}

	/** 422: well-formed input that cannot be accepted; {@code report} is attached as {@code report}. */
	public static ApiProblem unprocessable(String code, String message, Object report) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, code, message, List.of(), report);
	}

	public static ApiProblem notFound(String code, String message) {
		return new ApiProblem(HttpStatus.NOT_FOUND, code, message, List.of(), null);
	}

	public static ApiProblem conflict(String code, String message) {
		return new ApiProblem(HttpStatus.CONFLICT, code, message, List.of(), null);
	}

	/** 409 with details the client needs to recover, e.g. the actions allowed in the current state. */
	public static ApiProblem conflict(String code, String message, Object details) {
		return new ApiProblem(HttpStatus.CONFLICT, code, message, List.of(), details);
	}

	public static ApiProblem forbidden(String code, String message) {
		return new ApiProblem(HttpStatus.FORBIDDEN, code, message, List.of(), null);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** Structured details beyond the field errors, or {@code null}. */
	public Object extra() {
		return extra;
	}
}
