package org.zhili.routing.internal;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhili.cases.Channel;

/**
 * 智能分拨 settings (zhili.routing.*). Per-category auto-dispatch switches are data, edited on the routing
 * settings page; these are the defaults and limits around them.
 *
 * @param classify the classify endpoint
 * @param autoDispatch dispatching confident cases without a dispatcher
 * @param duplicates finding repeated requests (重复诉求)
 * @param hotSpots detecting rising problems (未诉先办)
 * @param training retraining from the platform's history
 * @param backfill rebuilding the index over an existing history
 * @param consumers routing's consumers of the queue of registered cases
 */
@ConfigurationProperties("zhili.routing")
record RoutingProperties(@DefaultValue Classify classify, @DefaultValue AutoDispatch autoDispatch,
		@DefaultValue Duplicates duplicates, @DefaultValue HotSpots hotSpots, @DefaultValue Training training,
		@DefaultValue Backfill backfill, @DefaultValue Consumers consumers) {

	/**
	 * @param threads consumers on each node (each routes a batch in one transaction)
	 * @param batchSize most cases one batch takes
	 * @param poll how often an idle consumer looks for cases queued on another node
	 * @param retryAfter how long a case that failed to route waits before it is tried again
	 */
	record Consumers(@DefaultValue("2") int threads, @DefaultValue("500") int batchSize,
			@DefaultValue("1s") Duration poll, @DefaultValue("1m") Duration retryAfter) {

		Consumers {
			if (threads < 1 || batchSize < 1) {
				throw new IllegalArgumentException("zhili.routing.consumers: threads ≥ 1, batch-size ≥ 1");
			}
		}
	}

	/**
	 * @param maxTexts most texts one call may classify
	 * @param maxChars a text is cut to this many characters before it is read (the answer says so)
	 * @param terms how many weighing words an answer lists
	 * @param minChineseChars fewer Chinese characters than this make an answer of no confidence
	 */
	record Classify(@DefaultValue("1000") int maxTexts, @DefaultValue("3000") int maxChars,
			@DefaultValue("5") int terms, @DefaultValue("2") int minChineseChars) {

		Classify {
			if (maxTexts < 1 || maxChars < 10 || terms < 0) {
				throw new IllegalArgumentException("zhili.routing.classify: max-texts ≥ 1, max-chars ≥ 10, terms ≥ 0");
			}
		}
	}

	/**
	 * @param enabled whether auto-dispatch runs at all (each category must still allow it)
	 * @param threshold the confidence a prediction needs, unless its category sets its own
	 * @param channels the channels whose cases may be dispatched automatically
	 * @param maxAge cases registered longer ago than this are left to the dispatchers (e.g. after an outage)
	 */
	record AutoDispatch(@DefaultValue("true") boolean enabled, @DefaultValue("0.9") double threshold,
			@DefaultValue({ "HOTLINE", "WEB", "CITY_12345", "API", "GRID_PATROL" }) Set<Channel> channels,
			@DefaultValue("30m") Duration maxAge) {

		AutoDispatch {
			if (threshold <= 0 || threshold > 1) {
				throw new IllegalArgumentException("zhili.routing.auto-dispatch.threshold must lie in (0, 1]");
			}
		}
	}

	/**
	 * @param similarity the text similarity (cosine of character-bigram TF-IDF) from which two requests are alike
	 * @param distance how far apart two located requests may be
	 * @param window how long back open cases are compared
	 * @param limit most candidates shown
	 * @param keptSignatures how many open cases' signatures are kept in memory (about 3 KB each); the others are
	 *     signed again from their text when they are compared
	 */
	record Duplicates(@DefaultValue("0.5") double similarity, @DefaultValue("500m") String distance,
			@DefaultValue("30d") Duration window, @DefaultValue("10") int limit,
			@DefaultValue("20000") int keptSignatures) {

		/** The distance in metres ({@code 500m}, {@code 1.5km}). */
		double metres() {
			String d = distance.strip().toLowerCase(java.util.Locale.ROOT);
			return d.endsWith("km") ? Double.parseDouble(d.substring(0, d.length() - 2)) * 1000
					: Double.parseDouble(d.endsWith("m") ? d.substring(0, d.length() - 1) : d);
		}
	}

	/**
	 * @param level where counts are compared: COMMUNITY or GRID
	 * @param window the recent period (the last so many days up to the run)
	 * @param baselineWindows how many earlier periods of the same length make the baseline
	 * @param smoothing the EWMA weight of the most recent baseline period
	 * @param pValue the Poisson tail probability below which a count is a hot spot
	 * @param minCount fewest recent cases a hot spot needs
	 * @param runAt when the daily detection runs (China time)
	 */
	record HotSpots(@DefaultValue("COMMUNITY") String level, @DefaultValue("7d") Duration window,
			@DefaultValue("8") int baselineWindows, @DefaultValue("0.3") double smoothing,
			@DefaultValue("0.01") double pValue, @DefaultValue("3") int minCount,
			@DefaultValue("02:00") java.time.LocalTime runAt) {

		HotSpots {
			if (!level.equals("COMMUNITY") && !level.equals("GRID")) {
				throw new IllegalArgumentException("zhili.routing.hot-spots.level must be COMMUNITY or GRID");
			}
			if (smoothing <= 0 || smoothing > 1 || pValue <= 0 || pValue >= 1 || baselineWindows < 1) {
				throw new IllegalArgumentException("zhili.routing.hot-spots: smoothing in (0, 1], p-value in (0, 1), baseline-windows ≥ 1");
			}
		}
	}

	/**
	 * @param minExamplesForNewCategory a category the shipped model does not know is learnt from history only with
	 *        at least this many examples
	 * @param maxHistoryExamples most examples from the platform's history one retraining learns from: a uniform
	 *        sample of them when there are more (the trainer holds every example's features in memory)
	 */
	record Training(@DefaultValue("30") int minExamplesForNewCategory,
			@DefaultValue("15000") int maxHistoryExamples) {

		Training {
			if (maxHistoryExamples < 1) {
				throw new IllegalArgumentException("zhili.routing.training.max-history-examples must be at least 1");
			}
		}
	}

	/**
	 * @param pageSize how many cases the rebuild of the index reads, classifies and writes at a time: what it
	 *        holds of the history at once
	 * @param keptReadings how many distinct texts' model readings the rebuild keeps, so that a text repeated
	 *        across the history is classified once (the least recently seen are dropped)
	 */
	record Backfill(@DefaultValue("1000") int pageSize, @DefaultValue("20000") int keptReadings) {

		Backfill {
			if (pageSize < 1 || keptReadings < 0) {
				throw new IllegalArgumentException("zhili.routing.backfill: page-size ≥ 1, kept-readings ≥ 0");
			}
		}
	}
}
