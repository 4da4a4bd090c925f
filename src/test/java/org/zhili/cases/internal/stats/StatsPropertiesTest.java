package org.zhili.cases.internal.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code zhili.stats.*}: the documented defaults, overrides, and nonsense refused at start. */
class StatsPropertiesTest {

	@Test
	void defaultsAreTheDocumentedOnes() {
		StatsProperties p = bind(Map.of());

		assertThat(p.weights().response()).isEqualByComparingTo("0.10");
		assertThat(p.weights().resolution()).isEqualByComparingTo("0.50");
		assertThat(p.weights().satisfaction()).isEqualByComparingTo("0.40");
		assertThat(p.basicallySatisfiedWeight()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(p.maxDays()).isEqualTo(1096);
		assertThat(p.maxSeriesPoints()).isEqualTo(400);
		assertThat(p).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(StatsProperties.defaults());
	}

	@Test
	void weightsCanBeChanged() {
		StatsProperties p = bind(Map.of("zhili.stats.weights.response", "0.2", "zhili.stats.weights.resolution", "0.4",
				"zhili.stats.basically-satisfied-weight", "0.9"));

		assertThat(p.weights().response()).isEqualByComparingTo("0.2");
		assertThat(p.weights().resolution()).isEqualByComparingTo("0.4");
		assertThat(p.weights().satisfaction()).isEqualByComparingTo("0.4");
		assertThat(p.basicallySatisfiedWeight()).isEqualByComparingTo("0.9");
	}

	@Test
	void nonsenseIsRefusedAtStart() {
		assertThatThrownBy(() -> bind(Map.of("zhili.stats.weights.response", "0.3"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("sum to 1");
		assertThatThrownBy(() -> bind(Map.of("zhili.stats.weights.response", "-0.1", "zhili.stats.weights.resolution",
				"0.7"))).isInstanceOf(BindException.class).rootCause().hasMessageContaining("negative");
		assertThatThrownBy(() -> bind(Map.of("zhili.stats.basically-satisfied-weight", "1.5")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("zhili.stats.max-days", "7"))).isInstanceOf(BindException.class);
	}

	private static StatsProperties bind(Map<String, String> values) {
		Binder binder = new Binder(List.of(new MapConfigurationPropertySource(values)), null,
				ApplicationConversionService.getSharedInstance());
		return binder.bindOrCreate("zhili.stats", StatsProperties.class);
	}
}
