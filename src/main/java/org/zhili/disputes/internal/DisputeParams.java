package org.zhili.disputes.internal;

import java.util.Locale;

import org.zhili.disputes.Disputes.Risk;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.platform.ApiProblem;

/** A list's filter as the request gave it, read into the store's terms (400 naming the parameter when wrong). */
final class DisputeParams {

	private DisputeParams() {
	}

	static DisputeStore.Filter filter(String state, String type, String centre, String risk, String street, String q,
			int limit) {
		return new DisputeStore.Filter(parse(State.class, "state", state), blank(type), blank(centre),
				parse(Risk.class, "risk", risk), blank(street), blank(q), limit);
	}

	/** A list's size as a request asks for it. */
	static int limit(int limit) {
		if (limit < 1 || limit > 2000) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 须在1至2000之间");
		}
		return limit;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput(field, "invalid_" + field, field + " 的取值不正确：" + value);
		}
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
