package org.zhili.identity.internal;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its own rules for header names, header values and parameter names,
 * checked by a loop over the characters instead of its regular expressions: every header a filter reads is
 * checked again, and the expressions took about 5% of the CPU of registering a case under load.
 */
final class FirewallRules {

	private FirewallRules() {
	}

	static StrictHttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(FirewallRules::name);
		firewall.setAllowedHeaderValues(FirewallRules::headerValue);
		firewall.setAllowedParameterNames(FirewallRules::name);
		return firewall;
	}

	/** Assigned characters, none of them a control character ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}). */
	static boolean name(String s) {
		return allowed(s, false);
	}

	/** As {@link #name}, and tabs ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). */
	static boolean headerValue(String s) {
		return allowed(s, true);
	}

	private static boolean allowed(String s, boolean tab) {
		for (int i = 0; i < s.length();) {
			int c = s.codePointAt(i);
			if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL && !(tab && c == '\t')) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}
}
