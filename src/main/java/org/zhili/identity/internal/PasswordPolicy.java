package org.zhili.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password complexity (等保 8.1.4.1 a): length, character classes, not containing the user name, and not one of the
 * common passwords that fit those rules all the same ({@code Password1}, {@code P@ssw0rd}, {@code 1qaz2wsx}…).
 */
@Component
class PasswordPolicy {

	private static final String COMMON = "seed/identity/common-passwords.txt";

	private final SecurityProperties.Password rules;
	private final Set<String> common;

	PasswordPolicy(SecurityProperties properties) {
		this.rules = properties.password();
		this.common = common();
	}

	private static Set<String> common() {
		try (InputStream in = new ClassPathResource(COMMON).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How many earlier passwords a new one may not repeat. */
	int history() {
		return rules.history();
	}

	/** What is wrong with the password, in Chinese; empty when it is acceptable. */
	List<String> violations(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < rules.minLength()) {
			problems.add("密码至少 " + rules.minLength() + " 位");
		}
		if (password != null && characterClasses(password) < rules.minCharacterClasses()) {
			problems.add("密码须包含大写字母、小写字母、数字、特殊字符中的至少 " + rules.minCharacterClasses() + " 类");
		}
		if (password != null && username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			problems.add("密码不能包含用户名");
		}
		if (password != null && common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add("密码过于常见，容易被猜中，请换一个");
		}
		return problems;
	}

	static int characterClasses(String password) {
		boolean lower = false, upper = false, digit = false, other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	String description() {
		return "至少 " + rules.minLength() + " 位，包含大写字母、小写字母、数字、特殊字符中的至少 " + rules.minCharacterClasses()
				+ " 类，不能包含用户名，不能是常见密码，不能与最近 " + rules.history() + " 次用过的密码相同，每 "
				+ rules.maxAge().toDays() + " 天更换";
	}
}
