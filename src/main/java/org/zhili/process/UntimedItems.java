package org.zhili.process;

/**
 * Items of a loop whose deadlines no clock keeps yet: written before the loop ran on the kit, or by an older
 * release. At the first start the kit asks the loop once, if the loop has no clock at all yet, in one
 * transaction under a lock across nodes, to hand them to its {@link Clocks}.
 */
public interface UntimedItems {

	String loop();

	/**
	 * Starts (or adopts) the clocks of the loop's open items.
	 *
	 * @return how many items were handed over, for the start-up log
	 */
	int adopt();
}
