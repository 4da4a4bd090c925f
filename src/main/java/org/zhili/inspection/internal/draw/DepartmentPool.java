package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One department's licensed inspectors by how many subjects they have been seated for in this draw: per load a
 * Fenwick tree of who is at that load, so the least loaded are found and one of them drawn in O(log n), with no
 * scan over the department per seat.
 * <p>
 * An inspector can be set aside for the subject at hand ({@link #setAside}): withdrawn, or already seated. Set
 * aside, they stay at their load but cannot be drawn until {@link #putBack}.
 */
final class DepartmentPool {

	private final long[] ids; // sorted: positions in the trees follow inspector id order
	private final int[] load;
	private final List<Fenwick> levels = new ArrayList<>(); // present (drawable) inspectors per load
	private int[] atLevel = new int[4]; // inspectors per load, set aside or not
	private int lowest; // no inspector has a load below this

	DepartmentPool(long[] sortedIds) {
		this.ids = sortedIds;
		this.load = new int[ids.length];
		long[] ones = new long[ids.length];
		Arrays.fill(ones, 1);
		levels.add(new Fenwick(ones));
		atLevel[0] = ids.length;
	}

	/** The inspector's position, or a negative number if they are not in the pool (not licensed). */
	int indexOf(long inspectorId) {
		return Arrays.binarySearch(ids, inspectorId);
	}

	long id(int index) {
		return ids[index];
	}

	int load(int index) {
		return load[index];
	}

	void setAside(int index) {
		levels.get(load[index]).add(index, -1);
	}

	void putBack(int index) {
		levels.get(load[index]).add(index, 1);
	}

	/**
	 * Seats one of the least-loaded drawable inspectors, chosen uniformly among them in id order, and sets them
	 * aside; {@code -1} when nobody is drawable.
	 */
	int seat(RandomStream random) {
		for (int level = lowest; level < levels.size(); level++) {
			Fenwick present = levels.get(level);
			if (present.total() > 0) {
				int index = present.find(random.uniform(present.total()));
				present.add(index, -1);
				moveUp(index);
				return index;
			}
		}
		return -1;
	}

	private void moveUp(int index) {
		int from = load[index]++;
		if (from + 1 == levels.size()) {
			levels.add(new Fenwick(ids.length));
			if (atLevel.length < levels.size()) {
				atLevel = Arrays.copyOf(atLevel, levels.size() * 2);
			}
		}
		atLevel[from]--;
		atLevel[from + 1]++;
		// Loads only grow: an emptied lowest level stays empty, and its tree can go.
		while (atLevel[lowest] == 0 && lowest < from + 1) {
			levels.set(lowest, null);
			lowest++;
		}
	}
}
