package org.zhili.dossiers;

import java.util.List;

import org.zhili.process.DossierSource;

/**
 * One person's or one building's items across the loops, as one reader may see them: newest first.
 *
 * @param subjectKind {@code person} or {@code address}
 * @param subject what was looked up, as shown (a phone or ID number masked, a building key)
 * @param reason why the reader looked
 * @param loops how many items each loop contributed, in the order of the sources
 */
public record Dossier(String subjectKind, String subject, String reason, List<DossierSource.Item> items,
		List<LoopCount> loops) {

	public record LoopCount(String loop, String label, int count, int open) {
	}

	public int total() {
		return items.size();
	}
}
