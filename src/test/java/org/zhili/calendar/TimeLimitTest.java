package org.zhili.calendar;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitTest {

	@Test
	void readsAndWritesItsTextForm() {
		assertThat(TimeLimit.valueOf("15min")).isEqualTo(TimeLimit.minutes(15));
		assertThat(TimeLimit.valueOf(" 7 WD ")).isEqualTo(TimeLimit.workingDays(7));
		assertThat(TimeLimit.valueOf("24h")).isEqualTo(TimeLimit.hours(24));
		assertThat(TimeLimit.valueOf("60d")).isEqualTo(TimeLimit.days(60));
		assertThat(TimeLimit.valueOf("2wh")).isEqualTo(TimeLimit.workingHours(2));
		for (TimeLimit.Unit unit : TimeLimit.Unit.values()) {
			TimeLimit limit = new TimeLimit(3, unit);
			assertThat(TimeLimit.valueOf(limit.toString())).isEqualTo(limit);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "7", "wd", "7 weeks", "-1d", "1.5h", "99999999999wd" })
	void refusesAnythingElse(String text) {
		assertThatThrownBy(() -> TimeLimit.valueOf(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("min, h, d, wh, wd");
	}

	@Test
	void cannotBeNegative() {
		assertThatThrownBy(() -> TimeLimit.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	/** Other modules configure their limits as text, e.g. {@code zhili.cases.accept.ordinary: 1wd}. */
	@Test
	void bindsFromConfiguration() {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource(
				Map.of("limits.accept", "1wd", "limits.urgent", "15min"));
		Binder binder = new Binder(List.of(source), null, ApplicationConversionService.getSharedInstance());

		assertThat(binder.bind("limits.accept", TimeLimit.class).get()).isEqualTo(TimeLimit.workingDays(1));
		assertThat(binder.bind("limits.urgent", TimeLimit.class).get()).isEqualTo(TimeLimit.minutes(15));
	}
}
