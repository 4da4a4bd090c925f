package org.zhili.inspection.internal.draw;

/**
 * Non-negative weights at positions {@code 0..n-1} with O(log n) updates and a search for the position whose
 * cumulative interval holds a given number: what makes drawing without replacement O(log n) per pick.
 */
final class Fenwick {

	private final long[] tree; // 1-based partial sums
	private final int highestStep;
	private long total;

	/** All weights zero. */
	Fenwick(int size) {
		this.tree = new long[size + 1];
		this.highestStep = size == 0 ? 0 : Integer.highestOneBit(size);
	}

	/** These weights, built in O(n). */
	Fenwick(long[] weights) {
		this(weights.length);
		for (int i = 1; i <= weights.length; i++) {
			tree[i] += weights[i - 1];
			total += weights[i - 1];
			int parent = i + (i & -i);
			if (parent < tree.length) {
				tree[parent] += tree[i];
			}
		}
	}

	int size() {
		return tree.length - 1;
	}

	long total() {
		return total;
	}

	void add(int position, long delta) {
		total += delta;
		for (int i = position + 1; i < tree.length; i += i & -i) {
			tree[i] += delta;
		}
	}

	/**
	 * The position {@code p} with {@code w(0) + … + w(p-1) <= r < w(0) + … + w(p)}: the smallest whose cumulative
	 * weight exceeds {@code r}. Requires {@code 0 <= r < total()}.
	 */
	int find(long r) {
		if (r < 0 || r >= total) {
			throw new IllegalArgumentException("r out of range: " + r + " of " + total);
		}
		int position = 0;
		for (int step = highestStep; step > 0; step >>= 1) {
			int next = position + step;
			if (next < tree.length && tree[next] <= r) {
				position = next;
				r -= tree[next];
			}
		}
		return position; // 1-based index of the last prefix <= r, i.e. the 0-based position that holds r
	}
}
