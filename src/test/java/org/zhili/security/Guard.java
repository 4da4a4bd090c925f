package org.zhili.security;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evaluates the matrix's guard column ({@code @PreAuthorize} text, commas as ';') against held permissions. */
final class Guard {

	private static final Pattern CALL = Pattern.compile("(hasAuthority|hasAnyAuthority)\\(([^)]*)\\)");

	private Guard() {
	}

	static boolean allows(String guard, Set<String> held) {
		if (guard.equals("public") || guard.equals("isAuthenticated()")) {
			return true;
		}
		// Only conjunctions ("and") of hasAuthority/hasAnyAuthority occur in zhili's guards.
		Matcher m = CALL.matcher(guard);
		boolean any = false;
		while (m.find()) {
			any = true;
			boolean one = Arrays.stream(m.group(2).split(";")).map(s -> s.replace("'", "")).anyMatch(held::contains);
			if (!one) {
				return false;
			}
		}
		if (!any) {
			throw new IllegalArgumentException("guard not understood: " + guard);
		}
		return true;
	}
}
