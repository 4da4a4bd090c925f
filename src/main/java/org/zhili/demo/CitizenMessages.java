package org.zhili.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real citizen messages bundled for demo cases ({@code seed/cases/demo/messages.tsv.gz}, built by
 * {@code DemoCorpusBuilder} from shared/data/citizen-messages; provenance in {@code seed/cases/SOURCES.md}),
 * with their place names localised to the district by {@link PlaceNames}.
 *
 * @param replied messages with the government's real reply
 * @param unreplied labelled messages without a reply
 */
public record CitizenMessages(List<Message> replied, List<Message> unreplied) {

	public static final String RESOURCE = "seed/cases/demo/messages.tsv.gz";

	/**
	 * One message.
	 *
	 * @param label the first-level category it was filed under (predicted for replied messages), e.g. 城乡建设
	 * @param title its title
	 * @param body what the resident wrote
	 * @param reply the government's reply, or {@code null}
	 */
	public record Message(String label, String title, String body, String reply) {
	}

	public static CitizenMessages load(PlaceNames places) {
		List<Message> replied = new ArrayList<>();
		List<Message> unreplied = new ArrayList<>();
		try (InputStream in = CitizenMessages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split("\t", -1);
				String reply = f[4].isEmpty() ? null : places.localise(unescape(f[4]));
				Message m = new Message(f[1], places.localise(unescape(f[2])), places.localise(unescape(f[3])), reply);
				("R".equals(f[0]) ? replied : unreplied).add(m);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new CitizenMessages(List.copyOf(replied), List.copyOf(unreplied));
	}

	/** Undoes the corpus's escapes: {@code \t}, {@code \n}, {@code \\}. */
	static String unescape(String s) {
		if (s.indexOf('\\') < 0) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char n = s.charAt(++i);
				out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
