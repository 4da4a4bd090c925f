package org.zhili.routing.internal.model;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the labelled citizen messages. {@code train.tsv} (shared data) has the columns row, title, body,
 * body_tokens, label; fields may be quoted and span lines. The text of a message is the title, a newline and
 * the body — or, where the body is empty, {@code body_tokens} with its spaces removed.
 *
 * <p>The application ships the same messages, reduced to id, label, title and text, as a gzipped TSV
 * ({@code routing/corpus/citizen-messages.tsv.gz}) so that it can retrain without the shared data.
 */
public final class Corpus {

	private static final CSVFormat TSV_IN = CSVFormat.TDF.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(false)
		.setTrim(false)
		.get();

	private static final CSVFormat TSV_OUT = CSVFormat.TDF.builder().setHeader("id", "label", "title", "text").get();

	private Corpus() {
	}

	/** The messages of {@code train.tsv}, in file order. */
	public static List<Message> readTrainTsv(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Message> messages = new ArrayList<>();
			for (CSVRecord r : TSV_IN.parse(reader)) {
				String title = r.get("title").strip();
				String body = r.get("body").strip();
				if (body.isEmpty()) {
					body = r.get("body_tokens").replace(" ", "").strip();
				}
				messages.add(new Message("train:" + r.get("row"), title, title + "\n" + body, r.get("label").strip()));
			}
			return messages;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	/** The shipped corpus (see the class comment). */
	public static List<Message> readShipped(InputStream gzipped) {
		try (Reader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
			List<Message> messages = new ArrayList<>();
			for (CSVRecord r : TSV_IN.parse(reader)) {
				messages.add(new Message(r.get("id"), r.get("title"), r.get("text"), r.get("label")));
			}
			return messages;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the shipped corpus", e);
		}
	}

	public static void writeShipped(List<Message> messages, OutputStream out) {
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
				CSVPrinter printer = new CSVPrinter(writer, TSV_OUT)) {
			for (Message m : messages) {
				printer.printRecord(m.id(), m.label(), m.title(), m.text());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the corpus", e);
		}
	}
}
