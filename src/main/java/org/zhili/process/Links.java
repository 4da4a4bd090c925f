package org.zhili.process;

import java.time.Instant;
import java.util.List;

/**
 * Links between items of different loops, visible from both ends: a dispute opened from a 12345 case, a petition
 * referred after a failed mediation, a case made from a public-opinion signal. A loop records the link when one item
 * grows out of another; every loop's page shows {@link #of} so that the trail reads the same from either side.
 * Recording joins the caller's transaction.
 */
public interface Links {

	/**
	 * One end of a link: the item, and what people see of it.
	 *
	 * @param loop the loop ({@code case}, {@code petition}, {@code dispute}, {@code signal}…)
	 * @param itemRef its tracking number or title
	 * @param link its page
	 */
	record End(String loop, long itemId, String itemRef, String link) {
	}

	/**
	 * A link as one end sees it.
	 *
	 * @param other the item at the other end
	 * @param grewOutOfThis whether {@code other} grew out of this item (this item is the link's {@code from})
	 * @param label what the link means, read from this end (转为信访 / 来源：12345工单…)
	 */
	record Link(End other, boolean grewOutOfThis, String relation, String label, String by, Instant at) {
	}

	/**
	 * Records that {@code to} grew out of {@code from}.
	 *
	 * @param relation a stable code ({@code referred}, {@code opened-from}, {@code converted}…)
	 * @param fromLabel what the link means read from {@code from} (转为信访, 转人民调解…)
	 * @param toLabel what it means read from {@code to} (来源：调解未成功, 来源：12345工单…)
	 */
	void link(End from, End to, String relation, String fromLabel, String toLabel, String by, Instant at);

	/** The item's links in both directions, oldest first. */
	List<Link> of(String loop, long itemId);

	/**
	 * Removes the item's links from both ends, for a link that would tell the other item's readers what they must
	 * not know (a 检举控告 that grew out of a 12345 case the accused unit handles). The item keeps its origin in its
	 * own record.
	 */
	void withdraw(String loop, long itemId);
}
