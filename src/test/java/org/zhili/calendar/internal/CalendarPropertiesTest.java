package org.zhili.calendar.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.zhili.calendar.OfficeHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code zhili.calendar.*}: the documented defaults, and overrides as a deployment writes them. */
class CalendarPropertiesTest {

	@Test
	void defaultsAreTheDocumentedOnes() {
		CalendarProperties properties = bind(Map.of());

		assertThat(properties).isEqualTo(TestCalendars.DEFAULTS);
		assertThat(properties.officeHours().toOfficeHours()).isEqualTo(OfficeHours.standard());
	}

	@Test
	void officeHoursAndLimitsCanBeChanged() {
		CalendarProperties properties = bind(Map.of("zhili.calendar.office-hours.morning-start", "08:30",
				"zhili.calendar.office-hours.afternoon-start", "14:00", "zhili.calendar.office-hours.afternoon-end",
				"18:00", "zhili.calendar.limits.max-working-days", "250"));

		assertThat(properties.officeHours().toOfficeHours()).isEqualTo(
				new OfficeHours(LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(18, 0)));
		assertThat(properties.limits().maxWorkingDays()).isEqualTo(250);
	}

	@Test
	void nonsenseIsRefusedAtStart() {
		assertThatThrownBy(() -> bind(Map.of("zhili.calendar.limits.first-year", "2100")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("zhili.calendar.limits.max-name-length", "500")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("zhili.calendar.office-hours.morning-end", "14:00")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("two ordered blocks");
	}

	private static CalendarProperties bind(Map<String, String> values) {
		Binder binder = new Binder(List.of(new MapConfigurationPropertySource(values)), null,
				ApplicationConversionService.getSharedInstance());
		return binder.bindOrCreate("zhili.calendar", CalendarProperties.class);
	}
}
