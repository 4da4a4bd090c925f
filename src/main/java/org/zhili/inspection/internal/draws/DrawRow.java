package org.zhili.inspection.internal.draws;

import java.time.Instant;

import org.zhili.process.Labelled;

/** A draw as stored: the commitment, the frozen inputs, and once drawn the revealed seed and the outcome. */
public record DrawRow(long id, long taskId, State state, String algorithm, String commitment, String inputsHash,
		String inputs, String seed, String outcome, Instant committedAt, String committedBy, Instant drawnAt,
		String drawnBy, Long redrawOf, String redrawReason) {

	public enum State implements Labelled {
		COMMITTED("已公布承诺，待抽取"), DRAWN("已抽取"), SUPERSEDED("已重抽作废");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** The seed is secret until the draw reveals it. */
	public String revealedSeed() {
		return state == State.COMMITTED ? null : seed;
	}
}
