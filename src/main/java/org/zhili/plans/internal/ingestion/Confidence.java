package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * How sure the reader is of one proposed item, from the signals that produced it, with the signals named so the
 * reviewer sees why. It starts from the base of the structure that gave the item (a 任务分解表 row 0.95, a numbered
 * item 0.90, an 一要/一是 part 0.80, a paragraph led by a short commitment 0.75, a paragraph under an unnumbered
 * heading 0.70, a quantity 0.70, a committing sentence in prose 0.55) and adds or takes off for each further signal
 * (a labelled lead unit +0.05, a clear indicator name +0.10, an unclear one −0.20, the 主要目标 passage +0.10…).
 * The acceptance rates the reviewers' decisions give per form tell whether these weights hold.
 */
final class Confidence {

	private double value;
	private final List<String> signals = new ArrayList<>();

	private Confidence(double base, String signal) {
		this.value = base;
		this.signals.add(signal);
	}

	static Confidence of(double base, String signal) {
		return new Confidence(base, signal);
	}

	Confidence add(boolean when, double delta, String signal) {
		if (when) {
			value += delta;
			signals.add(signal);
		}
		return this;
	}

	/** Between 0.05 and 0.99, two decimals: a rule-based reading is never certain, nor worthless once proposed. */
	double value() {
		return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100.0;
	}

	List<String> signals() {
		return List.copyOf(signals);
	}
}
