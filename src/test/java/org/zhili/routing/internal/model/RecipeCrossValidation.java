package org.zhili.routing.internal.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How recipes were chosen without looking at the development split: grouped 5-fold cross-validation on its
 * training side only (near-duplicate groups kept in one fold, folds by a hash of the group), each fold's model
 * trained by {@link Trainer} exactly as the shipped one is (its own vocabulary and calibration, fitted inside
 * the fold's training part).
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.zhili.routing.internal.model.RecipeCrossValidation [-Dexec.args=../shared/data/citizen-messages]
 * </pre>
 */
final class RecipeCrossValidation {

	private static final int FOLDS = 5;

	public static void main(String[] args) {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/citizen-messages");
		List<Message> train = DevSplit.split(Corpus.readTrainTsv(data.resolve("train.tsv")), 0.2).train();
		int[] group = DevSplit.groups(train);
		int[] fold = new int[train.size()];
		for (int i = 0; i < train.size(); i++) {
			String id = train.get(group[i]).id();
			fold[i] = (int) Math.floorMod(Featurizer.hash(id, 0, id.length(), 7), (long) FOLDS);
		}
		System.out.printf(Locale.ROOT, "grouped %d-fold cross-validation on the %d messages of the development split's training side%n",
				FOLDS, train.size());
		for (Recipe recipe : List.of(Recipe.BASELINE, Recipe.PREVIOUS, Recipe.ZHILI)) {
			long start = System.nanoTime();
			List<String> labels = new ArrayList<>(new java.util.TreeSet<>(train.stream().map(Message::label).toList()));
			int[] truth = train.stream().mapToInt(m -> labels.indexOf(m.label())).toArray();
			int[] predicted = new int[train.size()];
			for (int f = 0; f < FOLDS; f++) {
				List<Message> in = new ArrayList<>();
				for (int i = 0; i < train.size(); i++) {
					if (fold[i] != f) {
						in.add(train.get(i));
					}
				}
				RoutingModel model = Trainer.train(in, recipe, "cv", Instant.EPOCH, "fold " + f);
				for (int i = 0; i < train.size(); i++) {
					if (fold[i] == f) {
						predicted[i] = labels.indexOf(model.labels().get(model.predict(train.get(i).title(), train.get(i).text(), 0).best()));
					}
				}
			}
			Metrics metrics = Metrics.of(labels, truth, predicted);
			StringBuilder perClass = new StringBuilder();
			for (int k = 0; k < labels.size(); k++) {
				perClass.append(String.format(Locale.ROOT, " %s %.3f", labels.get(k), metrics.f1(k)));
			}
			System.out.printf(Locale.ROOT, "%-45s macro-F1 %.4f accuracy %.4f (%.0f s);%s%n", recipe.name(),
					metrics.macroF1(), metrics.accuracy(), (System.nanoTime() - start) / 1e9, perClass);
		}
	}
}
