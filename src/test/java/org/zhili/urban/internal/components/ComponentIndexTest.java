package org.zhili.urban.internal.components;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Point → nearest components: within the radius, nearest first, of the class asked for, at most the limit. */
class ComponentIndexTest {

	/** About 1 m of latitude, in degrees. */
	private static final double METRE = 1 / 110_574.0;

	private final ComponentIndex index = ComponentIndex.of(List.of(
			spot("1201040101000001", "0101", 0, 0),
			spot("1201040101000002", "0101", 0, 12),
			spot("1201040110000001", "0110", 0, 3),
			spot("1201040303000001", "0303", 0, 45),
			spot("1201040101000003", "0101", 0, 400)));

	@Test
	void theNearestComeFirstWithTheirDistance() {
		List<ComponentIndex.Nearby> near = index.near(117.15, 39.11 + 1 * METRE, 30, null, 10);
		assertThat(near).extracting(ComponentIndex.Nearby::id)
			.containsExactly("1201040101000001", "1201040110000001", "1201040101000002");
		assertThat(near.get(0).metres()).isEqualTo(1.0);
		assertThat(near.get(2).metres()).isEqualTo(11.0);
	}

	@Test
	void aClassOrMajorClassAndTheLimitNarrowTheAnswer() {
		assertThat(index.near(117.15, 39.11, 50, "0101", 10)).extracting(ComponentIndex.Nearby::id)
			.containsExactly("1201040101000001", "1201040101000002");
		assertThat(index.near(117.15, 39.11, 50, "03", 10)).extracting(ComponentIndex.Nearby::id)
			.containsExactly("1201040303000001");
		assertThat(index.near(117.15, 39.11, 500, null, 2)).extracting(ComponentIndex.Nearby::id)
			.containsExactly("1201040101000001", "1201040110000001");
		assertThat(index.near(117.15, 39.11 + 200 * METRE, 100, null, 10)).isEmpty();
		assertThat(index.near(118.0, 40.0, 100, null, 10)).isEmpty();
		assertThat(ComponentIndex.of(List.of()).near(117.15, 39.11, 100, null, 10)).isEmpty();
	}

	private static ComponentStore.Spot spot(String id, String cls, double east, double north) {
		return new ComponentStore.Spot(id, cls, "x", Component.State.INTACT, 117.15, 39.11 + north * METRE);
	}
}
