package org.zhili.identity;

/**
 * The one masking rule set for personal data on every page, API answer and export: phone
 * {@code 138****5678}, ID number {@code 110101********1234}, name {@code 张*}. Showing the clear value
 * needs {@link Permission#PERSONAL_DATA_UNMASK} and writes an audit row.
 */
public final class PersonalData {

	private PersonalData() {
	}

	/** Keeps the first 3 and last 4 digits of a mobile number, the area code and last 4 of a landline. */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String p = phone.strip();
		int dash = p.indexOf('-');
		if (dash > 0 && p.length() - dash > 4) {
			return p.substring(0, dash + 1) + stars(p.length() - dash - 5) + p.substring(p.length() - 4);
		}
		if (p.length() >= 11) {
			return p.substring(0, 3) + stars(p.length() - 7) + p.substring(p.length() - 4);
		}
		if (p.length() > 4) {
			return stars(p.length() - 4) + p.substring(p.length() - 4);
		}
		return stars(p.length());
	}

	/** Keeps the family name (the first character): 张三 → 张*, 欧阳娜娜 → 欧***. */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String n = name.strip();
		int first = n.offsetByCodePoints(0, 1);
		return n.substring(0, first) + stars(Math.max(1, n.codePointCount(first, n.length())));
	}

	/** Keeps the 6-digit region code and the last 4 characters of a resident ID number. */
	public static String idNumber(String id) {
		if (id == null || id.isBlank()) {
			return id;
		}
		String s = id.strip();
		if (s.length() <= 10) {
			return stars(s.length());
		}
		return s.substring(0, 6) + stars(s.length() - 10) + s.substring(s.length() - 4);
	}

	private static String stars(int n) {
		return "*".repeat(Math.max(0, n));
	}
}
