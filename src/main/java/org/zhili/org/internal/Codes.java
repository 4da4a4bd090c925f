package org.zhili.org.internal;

import java.util.regex.Pattern;

import org.zhili.platform.ApiProblem;

/** Checks of unit codes arriving from clients, so that a malformed code is named as such. */
final class Codes {

	/** What {@code org.unit.code} admits: 6–32 digits or capital letters. */
	static final Pattern UNIT = Pattern.compile("[0-9A-Z]{6,32}");
	/** A unit grid: 12-digit community code + 3-digit sequence (domain rules DU-3). */
	static final Pattern GRID = Pattern.compile("\\d{15}");

	private Codes() {
	}

	/** The code, or a 400 naming {@code field} when it cannot be a unit code; {@code null} passes. */
	static String check(String field, String code) {
		if (code != null && !UNIT.matcher(code).matches()) {
			throw ApiProblem.badInput(field, "invalid_code", "单位代码格式不正确：应为 6–32 位数字或大写字母");
		}
		return code;
	}
}
