package org.zhili.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the case pages name exists in Chinese and in English: no page shows a {@code ??key??}. */
class CaseMessagesTest {

	private static final Pattern KEY = Pattern.compile("#\\{((?:cases|nav)\\.[A-Za-z.]+)[}(]");

	@Test
	void everyMessageTheTemplatesNameIsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/cases"))) {
			for (Path template : templates.toList()) {
				Matcher m = KEY.matcher(Files.readString(template));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		assertThat(keys).hasSizeGreaterThan(100);
		Properties chinese = load("/i18n/cases.properties");
		Properties english = load("/i18n/cases_en.properties");
		assertThat(keys).allSatisfy(key -> {
			assertThat(chinese).as("Chinese").containsKey(key);
			assertThat(english).as("English").containsKey(key);
		});
		assertThat(english.keySet()).as("English translates every Chinese text").containsAll(chinese.keySet());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CaseMessagesTest.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}
}
