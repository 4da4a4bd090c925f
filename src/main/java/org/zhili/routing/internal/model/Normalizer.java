package org.zhili.routing.internal.model;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a text to the form features are taken from: compatibility forms folded (full-width letters and
 * digits to ASCII), lower case, markup and spreadsheet carriage-return escapes removed, whitespace collapsed.
 */
public final class Normalizer {

	private static final Pattern MARKUP = Pattern.compile("<[^<>]{0,200}>|&[a-zA-Z]{2,8};|&#\\d{1,6};");
	private static final Pattern CR_ESCAPE = Pattern.compile("_x000[dD]_");
	private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

	private Normalizer() {
	}

	public static String normalize(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		// Each step is skipped when a cheap check shows it would change nothing (the same result, faster:
		// classification is on the intake form's keystrokes).
		String s = java.text.Normalizer.isNormalized(text, Form.NFKC) ? text
				: java.text.Normalizer.normalize(text, Form.NFKC);
		if (s.indexOf("_x000") >= 0) {
			s = CR_ESCAPE.matcher(s).replaceAll(" ");
		}
		if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) {
			s = MARKUP.matcher(s).replaceAll(" ");
		}
		if (hasSpace(s)) {
			s = SPACE.matcher(s).replaceAll(" ");
		}
		return s.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether {@link #SPACE} can match: any whitespace, ideographic space or no-break space. */
	private static boolean hasSpace(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\u3000' || c == '\u00a0' || c <= ' ' || Character.isWhitespace(c)) {
				return true;
			}
		}
		return false;
	}

	/** A letter, digit or CJK character: what n-grams are built from (punctuation and spaces break them). */
	public static boolean isContent(char c) {
		return Character.isLetterOrDigit(c);
	}

	/** Whether the character is a CJK ideograph. */
	public static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}
}
