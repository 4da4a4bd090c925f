package org.zhili.cases;

import java.util.List;

/**
 * Cases are about to be written in bulk, without an event per case (the demo's first start), in the current
 * transaction. A hint, not a fact: listeners may start preparing for the cases while they are being written
 * (routing classifies their texts meanwhile), and must not rely on the write committing.
 *
 * @param texts the distinct title and description pairs of the cases
 */
public record CasesLoadingInBulk(List<Text> texts) {

	public CasesLoadingInBulk {
		texts = List.copyOf(texts);
	}

	/** What a requester said: the case's title and description. */
	public record Text(String title, String description) {
	}
}
