package org.zhili.portal.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages speak Chinese and English: every key a portal template names is in both bundles. */
class PortalMessagesTest {

	@Test
	void everyTextOfThePublicPagesIsInBothLanguages() throws IOException {
		Pattern key = Pattern.compile("#\\{(portal\\.[A-Za-z.]+)[}(]|msg\\('(portal\\.[A-Za-z.]+)'");
		Set<String> named = new TreeSet<>();
		for (Path template : Files.list(Path.of("src/main/resources/templates/portal")).toList()) {
			Matcher m = key.matcher(Files.readString(template));
			while (m.find()) {
				named.add(m.group(1) != null ? m.group(1) : m.group(2));
			}
		}
		assertThat(named).hasSizeGreaterThan(50);
		Properties zh = bundle("src/main/resources/i18n/portal.properties");
		Properties en = bundle("src/main/resources/i18n/portal_en.properties");
		assertThat(zh.stringPropertyNames()).containsAll(named);
		assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
	}

	private static Properties bundle(String file) throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}
}
