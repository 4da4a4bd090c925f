package org.zhili.inspection.internal.draw;

import java.util.Comparator;

/**
 * Strings in Unicode code point order, the order Python and most other languages sort text in (Java's
 * {@code compareTo} compares UTF-16 units, which differs above U+FFFF): for JSON keys, department codes and
 * credit codes alike.
 */
final class CodePointOrder implements Comparator<String> {

	static final Comparator<String> INSTANCE = new CodePointOrder();

	private CodePointOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}
}
