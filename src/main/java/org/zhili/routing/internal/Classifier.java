package org.zhili.routing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.routing.internal.model.Normalizer;
import org.zhili.routing.internal.model.RoutingModel;

/**
 * Classifies texts with the model in service and says where they would go: the first-level category with
 * its confidence, the runners-up, the lead unit the category's rule names, and the words that weighed most.
 */
@Service
class Classifier {

	/** Why an answer deserves less trust than its confidence alone says. */
	enum Warning {
		/** The text was cut to the configured length before it was read. */
		TRUNCATED,
		/** Hardly any Chinese: the confidence is set to that of a guess. */
		NOT_CHINESE,
		/** Markup was removed before reading. */
		MARKUP_REMOVED
	}

	record Choice(String category, String categoryCode, double confidence) {
	}

	/**
	 * One text's answer (the shape of {@code POST /api/v1/routing/classify}).
	 *
	 * @param unit the lead unit by the category's rule, or {@code null} when the rule sends the case to the street
	 *        it lies in and no street is known ({@code unitRule} says so)
	 */
	record Answer(String category, String categoryCode, double confidence, List<Choice> alternatives, CaseView.Unit unit,
			String unitRule, List<String> terms, boolean truncated, List<Warning> warnings) {
	}

	private static final Pattern MARKUP = Pattern.compile("<[^<>]{0,200}>|&[a-zA-Z]{2,8};|&#\\d{1,6};");

	private final Models models;
	private final CategoryTree categories;
	private final RoutingProperties properties;

	Classifier(Models models, CategoryTree categories, RoutingProperties properties) {
		this.models = models;
		this.categories = categories;
		this.properties = properties;
	}

	/** The model's raw prediction (for auto-dispatch and the case index), the text cut as for answers. */
	RoutingModel.Prediction predict(String title, String text) {
		String cut = text.length() > properties.classify().maxChars() ? text.substring(0, properties.classify().maxChars())
				: text;
		return models.current().predict(title, cut, properties.classify().terms());
	}

	/**
	 * @param text title, newline and body — or just what the requester said
	 * @param streetCode the street the request lies in, when known (for territorial categories)
	 */
	Answer classify(String text, String streetCode) {
		RoutingModel model = models.current();
		int max = properties.classify().maxChars();
		boolean truncated = text.length() > max;
		String cut = truncated ? text.substring(0, max) : text;
		List<Warning> warnings = new ArrayList<>();
		if (truncated) {
			warnings.add(Warning.TRUNCATED);
		}
		if (MARKUP.matcher(cut).find()) {
			warnings.add(Warning.MARKUP_REMOVED);
		}
		RoutingModel.Prediction p = model.predict(titleOf(cut), cut, properties.classify().terms());
		double[] probabilities = p.probabilities().clone();
		if (chineseChars(cut) < properties.classify().minChineseChars()) {
			warnings.add(Warning.NOT_CHINESE);
			java.util.Arrays.fill(probabilities, 1.0 / probabilities.length);
		}
		List<Choice> choices = new ArrayList<>();
		for (int k = 0; k < Math.min(3, p.ranked().length); k++) {
			String label = model.labels().get(p.ranked()[k]);
			choices.add(new Choice(label, codeOf(label), round(probabilities[p.ranked()[k]])));
		}
		Choice best = choices.get(0);
		CaseView.Unit unit = best.categoryCode() == null ? null
				: categories.leadUnit(best.categoryCode(), streetCode).orElse(null);
		String rule = unit != null ? null : "属地街道：按诉求位置派往所在街道";
		return new Answer(best.category(), best.categoryCode(), best.confidence(), choices, unit, rule,
				warnings.contains(Warning.NOT_CHINESE) ? List.of() : p.terms(), truncated, warnings);
	}

	/** The first line, when the text has more than one and it is short enough to be a title. */
	static String titleOf(String text) {
		int newline = text.indexOf('\n');
		if (newline <= 0 || newline > 100) {
			return "";
		}
		return text.substring(0, newline);
	}

	private String codeOf(String label) {
		return categories.byName(label).map(CaseDirectory.Category::code).orElse(null);
	}

	static int chineseChars(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Normalizer.isHan(text.charAt(i))) {
				n++;
			}
		}
		return n;
	}

	private static double round(double p) {
		return Math.round(p * 10000) / 10000.0;
	}
}
