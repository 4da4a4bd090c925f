package org.zhili.plans.internal.ingestion;

import java.util.Set;

/**
 * The text of a received document as the readers understand it: plain text (what the reviewer sees and items point
 * into) and the starts of the lines its format marked as headings (a DOCX heading style or an all-bold short
 * paragraph), which a plain text cannot carry.
 */
public record DocumentText(String text, Set<Integer> headingStarts) {

	public static DocumentText plain(String text) {
		return new DocumentText(text, Set.of());
	}
}
