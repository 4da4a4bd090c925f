package org.zhili.routing.internal.model;

import java.util.List;

/**
 * How a model is trained: the features, the vocabulary cut-off, how the feature blocks weigh, and the linear
 * classifiers whose calibrated probabilities are averaged.
 *
 * @param blockWeights indexed by block ({@link Featurizer#WORD} …); 0 leaves a block out
 * @param calibrationFolds folds of the out-of-fold predictions the softmax temperatures are fitted on (0: none)
 */
public record Recipe(String name, Featurizer.Config features, int minDf, float[] blockWeights, boolean sublinear,
		List<Head> heads, int calibrationFolds) {

	/**
	 * One linear classifier of the ensemble.
	 *
	 * @param solver a liblinear solver, e.g. {@code L2R_LR} or {@code L2R_L2LOSS_SVC_DUAL}
	 * @param cost liblinear's C
	 * @param weight its share in the averaged probabilities
	 * @param balanced whether errors on a class weigh inversely to its size (helps the small classes' F1)
	 */
	public record Head(String solver, double cost, double weight, boolean balanced) {

		public Head(String solver, double cost, double weight) {
			this(solver, cost, weight, false);
		}
	}

	/**
	 * zhili's model: NB-SVM (C = 0.25) over sublinear TF-IDF of HanLP words, adjacent word pairs, title words and
	 * character 1–3-grams seen in at least five messages, its scores turned into probabilities at a temperature
	 * fitted on 3-fold out-of-fold predictions. Features and C chosen by grouped 5-fold cross-validation on the
	 * training side of the development split (docs/routing-evaluation.md).
	 */
	public static final Recipe ZHILI = new Recipe("zhili-nbsvm-pairs", new Featurizer.Config(1, 3, true, true, 3000),
			5, blocks(1f, 0.5f, 0.5f, 1f), true, List.of(new Head("NB_L2R_L2LOSS_SVC_DUAL", 0.25, 1)), 3);

	/** The recipe before issue 16 (macro-F1 0.934 on the development split), kept for comparison. */
	public static final Recipe PREVIOUS = new Recipe("zhili-nbsvm", new Featurizer.Config(1, 3, false, true, 3000), 5,
			blocks(1f, 0f, 0.6f, 1f), true, List.of(new Head("NB_L2R_L2LOSS_SVC_DUAL", 1, 1)), 3);

	/**
	 * The reference the issue asks to beat: TF-IDF of words (unigrams and pairs) and character 1–3-grams, raw
	 * term counts, one linear SVM (C = 1), no calibration.
	 */
	public static final Recipe BASELINE = new Recipe("tfidf-svm-baseline", new Featurizer.Config(1, 3, true, false, 3000),
			2, blocks(1f, 1f, 0f, 1f), false, List.of(new Head("L2R_L2LOSS_SVC_DUAL", 1, 1)), 0);

	/** Block weights for word, pair, title and character blocks. */
	public static float[] blocks(float word, float pair, float title, float chars) {
		float[] w = new float[Featurizer.BLOCKS];
		w[Featurizer.WORD] = word;
		w[Featurizer.PAIR] = pair;
		w[Featurizer.TITLE] = title;
		w[Featurizer.CHAR] = chars;
		return w;
	}
}
