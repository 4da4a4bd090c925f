package org.zhili.identity.internal;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirewallRulesTest {

	/** The expressions Spring Security's strict firewall checks with by default. */
	static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
	static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Property(tries = 2000)
	void acceptsWhatSpringSecuritysExpressionsAccept(@ForAll("text") String s) {
		assertThat(FirewallRules.name(s)).isEqualTo(NAME.matcher(s).matches());
		assertThat(FirewallRules.headerValue(s)).isEqualTo(VALUE.matcher(s).matches());
	}

	@Provide
	Arbitrary<String> text() {
		// Mostly printable text, with control characters, tabs, unassigned code points and lone surrogates mixed in.
		Arbitrary<Character> odd = Arbitraries.of('\t', '\n', '\r', '\u0000', '\u0007', '\u007f', '\u0085', '\u0378',
				'\ud800', '\udc00', '\uffff');
		Arbitrary<Character> ordinary = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.chars().range(' ', '~')),
				Tuple.of(3, Arbitraries.chars().range('\u4e00', '\u9fff')),
				Tuple.of(1, odd));
		return ordinary.list().ofMaxSize(12).map(cs -> {
			StringBuilder b = new StringBuilder();
			cs.forEach(b::append);
			return b.toString();
		}).injectDuplicates(0.01).edgeCases(e -> e.add("").add("😀").add("a\tb"));
	}

	@Test
	void rejectsAControlCharacterInAHeaderAndLetsATabThrough() {
		var firewall = FirewallRules.firewall();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cases");
		request.addHeader("X-Note", "第一\t第二");
		request.addHeader("X-Bell", "ring\u0007");

		var checked = firewall.getFirewalledRequest(request);

		assertThat(checked.getHeader("X-Note")).isEqualTo("第一\t第二");
		assertThatThrownBy(() -> checked.getHeader("X-Bell")).isInstanceOf(RequestRejectedException.class);
	}
}
