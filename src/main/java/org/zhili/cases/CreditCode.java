package org.zhili.cases;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9 A-Z} without I, O, Z, S, V — the registration
 * authority (1), the kind of organisation (1), the administrative division (6), the organisation code (9,
 * whose last character is the GB 11714 check character) and the check character over the first 17.
 */
public final class CreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	/** Registration authorities and the kinds of organisation each registers (GB 32100-2015 table 1). */
	private static final String AUTHORITIES = "1:129|2:19|3:1234589|4:12|5:1239|6:129|7:129|8:19|9:123|A:19|N:1239|Y:1";

	private CreditCode() {
	}

	/**
	 * Why {@code code} is not a valid 统一社会信用代码 (in Chinese), or empty when it is. Lower-case letters and
	 * surrounding spaces are accepted as typed; use {@link #normalise} to store it.
	 */
	public static Optional<String> problem(String code) {
		if (code == null || code.isBlank()) {
			return Optional.of("请填写统一社会信用代码");
		}
		String c = normalise(code);
		if (c.length() != 18) {
			return Optional.of("统一社会信用代码应为 18 位，您填写的是 " + c.length() + " 位");
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(c.charAt(i)) < 0) {
				return Optional.of("统一社会信用代码第 " + (i + 1) + " 位“" + c.charAt(i) + "”不是有效字符（只用数字和除 I、O、Z、S、V 以外的大写字母）");
			}
		}
		String kinds = authorityKinds(c.charAt(0));
		if (kinds == null) {
			return Optional.of("统一社会信用代码第 1 位（登记管理部门代码）“" + c.charAt(0) + "”不存在");
		}
		if (kinds.indexOf(c.charAt(1)) < 0) {
			return Optional.of("统一社会信用代码第 2 位（机构类别代码）“" + c.charAt(1) + "”与登记管理部门不符");
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(c.charAt(i))) {
				return Optional.of("统一社会信用代码第 3–8 位应为行政区划代码（数字）");
			}
		}
		if (!organisationCodeValid(c.substring(8, 17))) {
			return Optional.of("统一社会信用代码第 9–17 位（组织机构代码）校验不符，请核对");
		}
		if (c.charAt(17) != checkCharacter(c.substring(0, 17))) {
			return Optional.of("统一社会信用代码校验位不符，请核对是否输错");
		}
		return Optional.empty();
	}

	public static boolean valid(String code) {
		return problem(code).isEmpty();
	}

	public static String normalise(String code) {
		return code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/** The 18th character for the first 17: 31 − (Σ value × weight mod 31), 31 written as 0. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int value = 31 - sum % 31;
		return ALPHABET.charAt(value == 31 ? 0 : value);
	}

	/**
	 * The GB 11714-1997 organisation code inside: 8 characters of {@code 0-9 A-Z} and a check character
	 * (0–9 or X) over them.
	 */
	static boolean organisationCodeValid(String nine) {
		return nine.charAt(8) == organisationCheckCharacter(nine.substring(0, 8));
	}

	/** The GB 11714-1997 check character over an organisation code's 8 characters (weights 3, 7, 9, 10, 5, 8, 4, 2). */
	public static char organisationCheckCharacter(String eight) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char ch = eight.charAt(i);
			int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
			sum += v * weights[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/**
	 * A valid code from its parts, both check characters computed (e.g. for generated demo subjects).
	 *
	 * @param head the registration authority and kind of organisation ({@code 91} a company, {@code 92} a 个体工商户)
	 * @param division the 6-digit administrative division
	 * @param eight the organisation code's first 8 characters
	 */
	public static String compose(String head, String division, String eight) {
		String first17 = head + division + eight + organisationCheckCharacter(eight);
		return first17 + checkCharacter(first17);
	}

	private static String authorityKinds(char authority) {
		for (String entry : AUTHORITIES.split("\\|")) {
			if (entry.charAt(0) == authority) {
				return entry.substring(2);
			}
		}
		return null;
	}
}
