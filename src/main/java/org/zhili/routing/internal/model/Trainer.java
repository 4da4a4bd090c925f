package org.zhili.routing.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains a {@link RoutingModel} from labelled messages with liblinear. Reproducible: the labels are sorted,
 * the vocabulary is ordered by hash, liblinear's random generator is seeded and the calibration folds are
 * fixed by position.
 */
public final class Trainer {

	/** liblinear's stopping tolerance. */
	private static final double EPSILON = 0.01;
	private static final long SEED = 20260522L;

	private Trainer() {
	}

	public static RoutingModel train(List<Message> messages, Recipe recipe, String version, Instant now, String note) {
		Featurizer featurizer = new Featurizer(recipe.features());
		List<Featurizer.Features> features = messages.parallelStream()
			.map(m -> featurizer.extract(m.title(), m.text(), false))
			.toList();
		return train(messages, features, recipe, version, now, note);
	}

	/** Trains on features already extracted with {@code recipe.features()} (for experiments). */
	public static RoutingModel train(List<Message> messages, List<Featurizer.Features> features, Recipe recipe,
			String version, Instant now, String note) {
		List<String> labels = new ArrayList<>(new TreeSet<>(messages.stream().map(Message::label).toList()));
		int[] y = messages.stream().mapToInt(m -> labels.indexOf(m.label())).toArray();
		Vectorizer vectorizer = Vectorizer.fit(features, recipe.minDf(), recipe.blockWeights(), recipe.sublinear());
		List<Vectorizer.Vector> x = features.stream().map(vectorizer::vectorize).toList();
		List<LinearHead> heads = new ArrayList<>();
		double[] weights = new double[recipe.heads().size()];
		for (int h = 0; h < recipe.heads().size(); h++) {
			Recipe.Head spec = recipe.heads().get(h);
			LinearHead head = fit(x, y, labels.size(), vectorizer.size(), spec);
			if (recipe.calibrationFolds() > 1) {
				double[][] outOfFold = outOfFold(x, y, labels.size(), vectorizer.size(), spec, recipe.calibrationFolds());
				head = head.withTemperature((float) temperature(outOfFold, y));
			}
			heads.add(head);
			weights[h] = spec.weight();
		}
		RoutingModel.Info info = new RoutingModel.Info(version, recipe.name(), now, messages.size(), note);
		return new RoutingModel(info, labels, recipe.features(), vectorizer, heads, weights);
	}

	/** A liblinear problem of the vectors with a bias feature; its labels are left for the caller. */
	private static Problem problem(List<Vectorizer.Vector> x, int features) {
		Problem problem = new Problem();
		problem.l = x.size();
		problem.n = features + 1;
		problem.bias = 1;
		problem.x = new Feature[x.size()][];
		problem.y = new double[x.size()];
		for (int i = 0; i < x.size(); i++) {
			Vectorizer.Vector v = x.get(i);
			Feature[] row = new Feature[v.indices().length + 1];
			for (int j = 0; j < v.indices().length; j++) {
				row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
			}
			row[row.length - 1] = new FeatureNode(features + 1, 1);
			problem.x[i] = row;
		}
		return problem;
	}

	static LinearHead fit(List<Vectorizer.Vector> x, int[] y, int classes, int features, Recipe.Head spec) {
		if (spec.solver().startsWith("NB_")) {
			return naiveBayesSvm(x, y, classes, features, spec);
		}
		Problem problem = problem(x, features);
		for (int i = 0; i < x.size(); i++) {
			problem.y[i] = y[i];
		}
		Parameter parameter = new Parameter(SolverType.valueOf(spec.solver()), spec.cost(), EPSILON);
		parameter.setRandom(new Random(SEED));
		if (spec.balanced()) {
			int[] counts = new int[classes];
			for (int label : y) {
				counts[label]++;
			}
			double[] classWeights = new double[classes];
			int[] classLabels = new int[classes];
			for (int c = 0; c < classes; c++) {
				classLabels[c] = c;
				classWeights[c] = counts[c] == 0 ? 1 : (double) y.length / (classes * counts[c]);
			}
			parameter.setWeights(classWeights, classLabels);
		}
		Linear.setDebugOutput(null);
		Model model = Linear.train(problem, parameter);
		int[] order = model.getLabels();
		double[] w = model.getFeatureWeights();
		int k = model.getNrClass();
		if (k != classes) {
			throw new IllegalArgumentException("every label needs examples: " + k + " of " + classes + " present");
		}
		float[] weights = new float[features * classes];
		float[] bias = new float[classes];
		for (int j = 0; j < features; j++) {
			for (int c = 0; c < k; c++) {
				weights[j * classes + order[c]] = (float) w[j * k + c];
			}
		}
		for (int c = 0; c < k; c++) {
			bias[order[c]] = (float) w[features * k + c];
		}
		return new LinearHead(spec.solver(), spec.cost(), weights, bias, 1f);
	}

	/**
	 * NB-SVM (Wang and Manning, 2012): for each class, the features are scaled by their naive-Bayes log-count
	 * ratio (class against the rest, document counts, add-one smoothing) and a binary linear model is trained on
	 * them; the scaling folds into the weights, so the head scores like any other. The solver after {@code NB_}
	 * is the liblinear solver of the binary models.
	 */
	static LinearHead naiveBayesSvm(List<Vectorizer.Vector> x, int[] y, int classes, int features, Recipe.Head spec) {
		double[][] present = new double[classes][features];
		int[] docs = new int[classes];
		for (int i = 0; i < x.size(); i++) {
			docs[y[i]]++;
			for (int j : x.get(i).indices()) {
				present[y[i]][j]++;
			}
		}
		float[] weights = new float[features * classes];
		float[] bias = new float[classes];
		SolverType solver = SolverType.valueOf(spec.solver().substring(3));
		double[] everywhere = new double[features];
		for (int c = 0; c < classes; c++) {
			for (int j = 0; j < features; j++) {
				everywhere[j] += present[c][j];
			}
		}
		// one problem, its values rescaled for each class (saves allocating the rows seven times)
		Problem problem = problem(x, features);
		for (int c = 0; c < classes; c++) {
			// r = log((p / |p|) / (q / |q|)) with p, q the add-one document counts in and outside the class
			double pTotal = 0, qTotal = 0;
			for (int j = 0; j < features; j++) {
				pTotal += 1 + present[c][j];
				qTotal += 1 + everywhere[j] - present[c][j];
			}
			float[] ratio = new float[features];
			for (int j = 0; j < features; j++) {
				double p = (1 + present[c][j]) / pTotal;
				double q = (1 + everywhere[j] - present[c][j]) / qTotal;
				ratio[j] = (float) Math.log(p / q);
			}
			for (int i = 0; i < x.size(); i++) {
				Vectorizer.Vector v = x.get(i);
				Feature[] row = problem.x[i];
				for (int j = 0; j < v.indices().length; j++) {
					((FeatureNode) row[j]).setValue(v.values()[j] * ratio[v.indices()[j]]);
				}
				problem.y[i] = y[i] == c ? 1 : -1;
			}
			Parameter parameter = new Parameter(solver, spec.cost(), EPSILON);
			parameter.setRandom(new Random(SEED));
			if (spec.balanced()) {
				double positives = docs[c], negatives = x.size() - docs[c];
				parameter.setWeights(new double[] { x.size() / (2 * positives), x.size() / (2 * negatives) },
						new int[] { 1, -1 });
			}
			Linear.setDebugOutput(null);
			Model model = Linear.train(problem, parameter);
			double sign = model.getLabels()[0] == 1 ? 1 : -1;
			double[] w = model.getFeatureWeights();
			for (int j = 0; j < features; j++) {
				weights[j * classes + c] = (float) (sign * w[j] * ratio[j]);
			}
			bias[c] = (float) (sign * w[features]);
		}
		return new LinearHead(spec.solver(), spec.cost(), weights, bias, 1f);
	}

	/** Scores of every example from a head trained without the fold it is in (folds by position modulo). */
	static double[][] outOfFold(List<Vectorizer.Vector> x, int[] y, int classes, int features, Recipe.Head spec,
			int folds) {
		double[][] scores = new double[x.size()][];
		java.util.stream.IntStream.range(0, folds).parallel().forEach(f -> {
			List<Vectorizer.Vector> trainX = new ArrayList<>();
			List<Integer> trainY = new ArrayList<>();
			for (int i = 0; i < x.size(); i++) {
				if (i % folds != f) {
					trainX.add(x.get(i));
					trainY.add(y[i]);
				}
			}
			LinearHead head = fit(trainX, trainY.stream().mapToInt(Integer::intValue).toArray(), classes, features, spec);
			for (int i = f; i < x.size(); i += folds) {
				scores[i] = head.scores(x.get(i));
			}
		});
		return scores;
	}

	/** The softmax temperature that minimises the negative log-likelihood of the true labels. */
	static double temperature(double[][] scores, int[] y) {
		double lo = 0.05, hi = 50;
		for (int iteration = 0; iteration < 60; iteration++) {
			double a = lo + (hi - lo) * 0.382, b = lo + (hi - lo) * 0.618;
			if (nll(scores, y, a) < nll(scores, y, b)) {
				hi = b;
			}
			else {
				lo = a;
			}
		}
		return (lo + hi) / 2;
	}

	private static double nll(double[][] scores, int[] y, double t) {
		double sum = 0;
		for (int i = 0; i < y.length; i++) {
			sum -= Math.log(Math.max(1e-12, LinearHead.softmax(scores[i], t)[y[i]]));
		}
		return sum / y.length;
	}
}
