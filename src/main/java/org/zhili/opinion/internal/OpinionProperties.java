package org.zhili.opinion.internal;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.calendar.TimeLimit;

/**
 * 舆情 settings (zhili.opinion.*).
 *
 * @param office the unit that triages signals (区委网信办): told of findings, 督办 when a triage runs late
 * @param sources where signals are found, code → name, in the order forms offer them
 * @param triage from registration to 研判 (hours: 舆情 moves fast)
 * @param verify from assignment to the verifying unit's finding
 * @param warnBefore the share of a limit left when its unit is warned (0.25: a quarter of the time left)
 * @param supervisionReply the reply limit of the 督办 an overdue signal gets
 * @param reach the reach levels, lowest first: a signal reaches a level when its weighted count reaches the level's floor
 * @param lexicon the words that suggest a sentiment
 * @param topicWindow a signal is grouped with a hot spot detected within this period of its first sighting
 */
@ConfigurationProperties("zhili.opinion")
public record OpinionProperties(String office, Map<String, String> sources, TimeLimit triage, TimeLimit verify, double warnBefore,
		TimeLimit supervisionReply, Reach reach, Lexicon lexicon, Period topicWindow) {

	public OpinionProperties {
		if (office == null || office.isBlank() || sources == null || sources.isEmpty() || triage == null || verify == null || reach == null || lexicon == null) {
			throw new IllegalArgumentException("zhili.opinion: office, sources, triage, verify, reach and lexicon are required");
		}
		if (warnBefore < 0 || warnBefore >= 1) {
			throw new IllegalArgumentException("zhili.opinion.warn-before: a share of the limit, 0 ≤ x < 1");
		}
		topicWindow = topicWindow == null ? Period.ofDays(30) : topicWindow;
	}

	/**
	 * How far a signal went: reads + shares × {@code shareWeight} + comments × {@code commentWeight}, against the
	 * floors of the levels (a shared post travels further than a read one).
	 */
	public record Reach(int shareWeight, int commentWeight, List<Level> levels) {

		public Reach {
			if (levels == null || levels.isEmpty()) {
				throw new IllegalArgumentException("zhili.opinion.reach.levels: at least one level");
			}
		}
	}

	/** A reach level: its code, its name, the weighted count it starts at. */
	public record Level(String code, String label, long from) {
	}

	/** Words that lean a text negative or positive; {@code negations} turn the word after them around. */
	public record Lexicon(List<String> negative, List<String> positive, List<String> negations) {

		public Lexicon {
			negative = negative == null ? List.of() : List.copyOf(negative);
			positive = positive == null ? List.of() : List.copyOf(positive);
			negations = negations == null ? List.of() : List.copyOf(negations);
		}
	}

	String sourceLabel(String code) {
		return code == null ? null : sources.getOrDefault(code, code);
	}

	Level reachOf(int reads, int shares, int comments) {
		long weighted = (long) reads + (long) shares * reach.shareWeight() + (long) comments * reach.commentWeight();
		Level level = reach.levels().get(0);
		for (Level l : reach.levels()) {
			if (weighted >= l.from()) {
				level = l;
			}
		}
		return level;
	}

	String reachLabel(String code) {
		return reach.levels().stream().filter(l -> l.code().equals(code)).map(Level::label).findFirst().orElse(code);
	}
}
