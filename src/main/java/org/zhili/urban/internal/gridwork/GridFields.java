package org.zhili.urban.internal.gridwork;

import java.util.List;
import java.util.regex.Pattern;

import org.zhili.platform.ApiProblem;

/** Checks of the fields people type into the ledger, rosters and visits, collected so one 400 names every wrong one. */
final class GridFields {

	static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
	static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

	private final List<ApiProblem.FieldError> errors = new java.util.ArrayList<>();

	/** The stripped text, or {@code null} when blank; an error when required and blank, or longer than max. */
	String text(String field, String value, boolean required, int max, String label) {
		String v = value == null || value.isBlank() ? null : value.strip();
		if (v == null && required) {
			errors.add(new ApiProblem.FieldError(field, "请填写" + label));
		}
		else if (v != null && v.length() > max) {
			errors.add(new ApiProblem.FieldError(field, label + "最多 " + max + " 字"));
		}
		return v;
	}

	String phone(String field, String value) {
		String v = value == null || value.isBlank() ? null : value.strip();
		if (v != null && !PHONE.matcher(v).matches()) {
			errors.add(new ApiProblem.FieldError(field, "电话须为 11 位手机号或带区号的固定电话"));
		}
		return v;
	}

	String idNumber(String field, String value) {
		String v = value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
		if (v != null && !ID_NUMBER.matcher(v).matches()) {
			errors.add(new ApiProblem.FieldError(field, "身份证号须为 18 位"));
		}
		return v;
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required, String label) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new ApiProblem.FieldError(field, "请选择" + label));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(new ApiProblem.FieldError(field, label + "不存在：" + value.strip()));
			return null;
		}
	}

	Integer range(String field, Integer value, int min, int max, boolean required, String label) {
		if (value == null) {
			if (required) {
				errors.add(new ApiProblem.FieldError(field, "请填写" + label));
			}
			return null;
		}
		if (value < min || value > max) {
			errors.add(new ApiProblem.FieldError(field, label + "须在 " + min + " 到 " + max + " 之间"));
		}
		return value;
	}

	void error(String field, String message) {
		errors.add(new ApiProblem.FieldError(field, message));
	}

	/** A 400 naming every wrong field, when there is one. */
	void check() {
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
	}
}
