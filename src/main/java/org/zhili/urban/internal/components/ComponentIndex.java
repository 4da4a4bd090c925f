package org.zhili.urban.internal.components;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Point → nearest components, in memory: the components' points on a local metric plane, bucketed into square
 * cells of {@value #CELL} m stored as one sorted array (cell → first index), so that a query reads only the few cells
 * within its radius and allocates nothing but its answer. Immutable: a new index is built when the inventory changes.
 * Lines are found by their representative point.
 */
public final class ComponentIndex {

	/** One component found: what the index keeps of it and how far it is from the point asked about, in metres. */
	public record Nearby(String id, String classCode, String name, Component.State state, double lng, double lat,
			double metres) {
	}

	static final double CELL = 50;
	private static final double METRES_PER_DEGREE_LAT = 110_574;
	private static final double METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

	private final double originLng, originLat, mx, my;
	private final int columns, rows;
	private final int[] cellStart;
	private final double[] x, y;
	private final ComponentStore.Spot[] spots;

	private ComponentIndex(Collection<ComponentStore.Spot> all) {
		int n = all.size();
		double minLng = Double.POSITIVE_INFINITY, minLat = Double.POSITIVE_INFINITY;
		double maxLng = Double.NEGATIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
		for (ComponentStore.Spot s : all) {
			minLng = Math.min(minLng, s.lng());
			minLat = Math.min(minLat, s.lat());
			maxLng = Math.max(maxLng, s.lng());
			maxLat = Math.max(maxLat, s.lat());
		}
		if (n == 0) {
			minLng = minLat = maxLng = maxLat = 0;
		}
		originLng = minLng;
		originLat = minLat;
		my = METRES_PER_DEGREE_LAT;
		mx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos(Math.toRadians((minLat + maxLat) / 2));
		columns = (int) ((maxLng - minLng) * mx / CELL) + 1;
		rows = (int) ((maxLat - minLat) * my / CELL) + 1;
		// Counting sort by cell.
		int[] cellOf = new int[n];
		cellStart = new int[columns * rows + 1];
		ComponentStore.Spot[] input = all.toArray(ComponentStore.Spot[]::new);
		for (int i = 0; i < n; i++) {
			int cx = (int) ((input[i].lng() - originLng) * mx / CELL);
			int cy = (int) ((input[i].lat() - originLat) * my / CELL);
			cellOf[i] = cy * columns + cx;
			cellStart[cellOf[i] + 1]++;
		}
		for (int c = 0; c < columns * rows; c++) {
			cellStart[c + 1] += cellStart[c];
		}
		int[] fill = Arrays.copyOf(cellStart, cellStart.length - 1);
		spots = new ComponentStore.Spot[n];
		x = new double[n];
		y = new double[n];
		for (int i = 0; i < n; i++) {
			int at = fill[cellOf[i]]++;
			spots[at] = input[i];
			x[at] = (input[i].lng() - originLng) * mx;
			y[at] = (input[i].lat() - originLat) * my;
		}
	}

	static ComponentIndex of(Collection<ComponentStore.Spot> spots) {
		return new ComponentIndex(spots);
	}

	public int size() {
		return spots.length;
	}

	/**
	 * The components within {@code metres} of the point, nearest first, at most {@code limit}.
	 *
	 * @param classCode a 小类 (4 digits) or 大类 (2 digits) to keep, or {@code null} for all
	 */
	public List<Nearby> near(double lng, double lat, double metres, String classCode, int limit) {
		if (spots.length == 0 || limit <= 0) {
			return List.of();
		}
		double px = (lng - originLng) * mx;
		double py = (lat - originLat) * my;
		int fromX = Math.max(0, (int) Math.floor((px - metres) / CELL));
		int toX = Math.min(columns - 1, (int) Math.floor((px + metres) / CELL));
		int fromY = Math.max(0, (int) Math.floor((py - metres) / CELL));
		int toY = Math.min(rows - 1, (int) Math.floor((py + metres) / CELL));
		double r2 = metres * metres;
		// The best so far, kept sorted by distance (limits are small).
		int[] best = new int[limit];
		double[] bestD = new double[limit];
		int found = 0;
		for (int cy = fromY; cy <= toY; cy++) {
			int row = cy * columns;
			for (int cx = fromX; cx <= toX; cx++) {
				int end = cellStart[row + cx + 1];
				for (int i = cellStart[row + cx]; i < end; i++) {
					double dx = x[i] - px, dy = y[i] - py;
					double d2 = dx * dx + dy * dy;
					if (d2 > r2 || (found == limit && d2 >= bestD[limit - 1])
							|| (classCode != null && !spots[i].classCode().startsWith(classCode))) {
						continue;
					}
					int at = found < limit ? found++ : limit - 1;
					while (at > 0 && bestD[at - 1] > d2) {
						best[at] = best[at - 1];
						bestD[at] = bestD[at - 1];
						at--;
					}
					best[at] = i;
					bestD[at] = d2;
				}
			}
		}
		List<Nearby> result = new ArrayList<>(found);
		for (int k = 0; k < found; k++) {
			ComponentStore.Spot s = spots[best[k]];
			result.add(new Nearby(s.id(), s.classCode(), s.name(), s.state(), s.lng(), s.lat(),
					Math.round(Math.sqrt(bestD[k]) * 10) / 10.0));
		}
		return result;
	}
}
