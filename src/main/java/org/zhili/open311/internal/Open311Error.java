package org.zhili.open311.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An error as GeoReport v2 answers it: the HTTP status (404 not found, 403 missing or bad {@code api_key},
 * 400 otherwise) and a list of errors, each a code and a description.
 */
class Open311Error extends RuntimeException {

	/** One error of the list. */
	record Item(int code, String description) {
	}

	private final HttpStatus status;
	private final List<Item> items;

	Open311Error(HttpStatus status, List<String> descriptions) {
		super(String.join("; ", descriptions));
		this.status = status;
		this.items = descriptions.stream().map(d -> new Item(status.value(), d)).toList();
	}

	static Open311Error badRequest(String description) {
		return new Open311Error(HttpStatus.BAD_REQUEST, List.of(description));
	}

	static Open311Error notFound(String description) {
		return new Open311Error(HttpStatus.NOT_FOUND, List.of(description));
	}

	static Open311Error forbidden(String description) {
		return new Open311Error(HttpStatus.FORBIDDEN, List.of(description));
	}

	HttpStatus status() {
		return status;
	}

	List<Item> items() {
		return items;
	}
}
