package org.zhili.routing.internal.model;

import java.util.Arrays;

/** An open-addressing map from non-zero {@code long} keys to {@code int} values (feature hashes to indices). */
final class LongIntMap {

	private long[] keys;
	private int[] values;
	private int size;

	LongIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
		keys = new long[capacity];
		values = new int[capacity];
	}

	int size() {
		return size;
	}

	/** The value of {@code key}, or {@code missing}. */
	int get(long key, int missing) {
		int mask = keys.length - 1;
		for (int i = (int) (key ^ (key >>> 32)) & mask;; i = (i + 1) & mask) {
			long k = keys[i];
			if (k == key) {
				return values[i];
			}
			if (k == 0) {
				return missing;
			}
		}
	}

	void put(long key, int value) {
		int slot = slot(key);
		if (keys[slot] == 0) {
			keys[slot] = key;
			size++;
			values[slot] = value;
			if (size * 2 > keys.length) {
				grow();
			}
		}
		else {
			values[slot] = value;
		}
	}

	/** Adds {@code delta} to the value of {@code key} (0 when absent). */
	void add(long key, int delta) {
		int slot = slot(key);
		if (keys[slot] == 0) {
			keys[slot] = key;
			values[slot] = delta;
			size++;
			if (size * 2 > keys.length) {
				grow();
			}
		}
		else {
			values[slot] += delta;
		}
	}

	/** Calls {@code consumer} for every entry, in no particular order. */
	void forEach(Entry consumer) {
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0) {
				consumer.accept(keys[i], values[i]);
			}
		}
	}

	interface Entry {
		void accept(long key, int value);
	}

	private int slot(long key) {
		if (key == 0) {
			throw new IllegalArgumentException("key 0 is reserved");
		}
		int mask = keys.length - 1;
		int i = (int) (key ^ (key >>> 32)) & mask;
		while (keys[i] != 0 && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	long[] keys() {
		long[] out = new long[size];
		int n = 0;
		for (long k : keys) {
			if (k != 0) {
				out[n++] = k;
			}
		}
		Arrays.sort(out);
		return out;
	}
}
