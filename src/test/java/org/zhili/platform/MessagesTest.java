package org.zhili.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

/** Every text a page names exists in Chinese and in English: no page shows a {@code ??key_zh_CN??}. */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

	@Test
	void everyMessageTheTemplatesNameIsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = KEY.matcher(Files.readString(template));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		assertThat(keys).as("the templates name their texts").hasSizeGreaterThan(300);
		Properties chinese = bundles(false);
		Properties english = bundles(true);
		assertThat(keys).allSatisfy(key -> {
			assertThat(chinese).as("Chinese").containsKey(key);
			assertThat(english).as("English").containsKey(key);
		});
		assertThat(english.keySet()).as("English translates every Chinese text").containsAll(chinese.keySet());
	}

	private static Properties bundles(boolean english) throws IOException {
		Properties properties = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(f -> f.getFileName().toString().endsWith("_en.properties") == english)
				.toList()) {
				try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
					properties.load(in);
				}
			}
		}
		return properties;
	}
}
