package org.zhili.inspection.internal.rectification;

import java.util.Arrays;

import org.zhili.platform.ApiProblem;

/** A request's enum parameter: empty is none, anything but a constant's name a 400 naming the field. */
public final class EnumParam {

	private EnumParam() {
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput(field, "invalid_" + field, field + " 须为 "
					+ String.join("、", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + " 之一");
		}
	}
}
