package org.zhili.routing.internal.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The routing model's command line (see the README's routing section):
 *
 * <pre>
 * ./mvnw -q -Prouting compile exec:exec -Drouting=train        # train on train.tsv less its dev split, write the shipped model
 * ./mvnw -q -Prouting compile exec:exec -Drouting=evaluate     # dev split: zhili's model against TF-IDF + SVM
 * ./mvnw -q -Prouting compile exec:exec -Drouting=duplicates   # precision and recall of duplicate detection
 * </pre>
 *
 * Options: {@code --data DIR} (default {@code ../shared/data/citizen-messages}), {@code --out DIR} (default
 * {@code src/main/resources/routing}).
 */
public final class ModelCommand {

	/** The shipped model and corpus, relative to the resources root. */
	public static final String MODEL = "routing/model/citizen-messages.model";
	public static final String CORPUS = "routing/corpus/citizen-messages.tsv.gz";
	/** The version of the shipped model; raise it when the recipe or the data change. */
	public static final String VERSION = "citizen-messages-2";

	private ModelCommand() {
	}

	public static void main(String[] args) throws IOException {
		String command = args.length == 0 ? "help" : args[0];
		Path data = Path.of(option(args, "--data", "../shared/data/citizen-messages"));
		Path out = Path.of(option(args, "--out", "src/main/resources"));
		switch (command) {
			case "train" -> train(data, out);
			case "evaluate" -> evaluate(data);
			case "duplicates" -> DuplicateEvaluation.run(data);
			default -> System.out.println("usage: ModelCommand train|evaluate|duplicates [--data DIR] [--out DIR]");
		}
	}

	static void train(Path data, Path out) throws IOException {
		long start = System.nanoTime();
		List<Message> messages = Corpus.readTrainTsv(data.resolve("train.tsv"));
		System.out.printf(Locale.ROOT, "read %d labelled messages from %s%n", messages.size(), data.resolve("train.tsv"));
		// The shipped model never sees the dev split: its dev figure is its own, and a retrained model can be judged
		// against it on messages neither has learnt from.
		List<Message> learnt = DevSplit.split(messages, 0.2).train();
		Featurizer featurizer = new Featurizer(Recipe.ZHILI.features());
		List<Featurizer.Features> features = learnt.parallelStream()
			.map(m -> featurizer.extract(m.title(), m.text(), false))
			.toList();
		RoutingModel model = Trainer.train(learnt, features, Recipe.ZHILI, VERSION, Instant.now(),
				"train.tsv less its dev split (" + learnt.size() + " messages)");
		double seconds = (System.nanoTime() - start) / 1e9;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(bytes);
		Path modelFile = out.resolve(MODEL);
		Files.createDirectories(modelFile.getParent());
		Files.write(modelFile, bytes.toByteArray());
		Path corpusFile = out.resolve(CORPUS);
		Files.createDirectories(corpusFile.getParent());
		try (OutputStream o = Files.newOutputStream(corpusFile)) {
			Corpus.writeShipped(messages, o);
		}
		System.out.printf(Locale.ROOT, "trained %s (%s) in %.1f s: %d labels, %d features, temperature %.3f%n",
				VERSION, Recipe.ZHILI.name(), seconds, model.labels().size(), model.features(),
				model.heads().get(0).temperature());
		System.out.printf(Locale.ROOT, "model file %s: %.1f MB; in memory about %.1f MB; weights sha256 %s%n", modelFile,
				Files.size(modelFile) / 1e6, model.memoryBytes() / 1e6, model.fingerprint());
		System.out.printf(Locale.ROOT, "corpus file %s: %.1f MB%n", corpusFile, Files.size(corpusFile) / 1e6);
	}

	static void evaluate(Path data) {
		List<Message> messages = Corpus.readTrainTsv(data.resolve("train.tsv"));
		DevSplit.Split split = DevSplit.split(messages, 0.2);
		System.out.printf(Locale.ROOT,
				"%d labelled messages; %d near-duplicate groups (%d messages) kept on one side; train %d, dev %d; dev ids sha256 %s%n",
				messages.size(), split.groups(), split.groupedMessages(), split.train().size(), split.dev().size(),
				sha256(String.join(",", split.dev().stream().map(Message::id).toList())).substring(0, 16));
		StringBuilder markdown = new StringBuilder();
		for (Recipe recipe : List.of(Recipe.BASELINE, Recipe.PREVIOUS, Recipe.ZHILI)) {
			long start = System.nanoTime();
			Featurizer featurizer = new Featurizer(recipe.features());
			List<Featurizer.Features> features = split.train()
				.parallelStream()
				.map(m -> featurizer.extract(m.title(), m.text(), false))
				.toList();
			RoutingModel model = Trainer.train(split.train(), features, recipe, "dev", Instant.now(), "dev split");
			double trainSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			int[] truth = split.dev().stream().mapToInt(m -> model.labels().indexOf(m.label())).toArray();
			int[] predicted = split.dev().stream().mapToInt(m -> model.predict(m.title(), m.text(), 0).best()).toArray();
			double predictSeconds = (System.nanoTime() - start) / 1e9;
			Metrics metrics = Metrics.of(model.labels(), truth, predicted);
			System.out.println();
			System.out.print(metrics.report(recipe.name() + " on the dev split"));
			System.out.printf(Locale.ROOT,
					"  trained in %.1f s (%d features, temperature %.3f); %d dev messages classified in %.2f s%n", trainSeconds,
					model.features(), model.heads().get(0).temperature(), split.dev().size(), predictSeconds);
			markdown.append('\n').append(metrics.markdown(recipe.name() + " on the development split"));
		}
		System.out.println();
		System.out.println("---- markdown ----");
		System.out.print(markdown);
	}

	static String sha256(String s) {
		return sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 1; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}
}
