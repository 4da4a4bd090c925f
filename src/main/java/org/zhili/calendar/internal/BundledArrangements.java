package org.zhili.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holiday-cn years shipped in {@code seed/calendar/} (see SOURCES.md there), checked by the same rules as an
 * administrator's upload. A file without days (a year the State Council has not published yet) is left out.
 */
@Component
class BundledArrangements {

	private static final Logger log = LoggerFactory.getLogger(BundledArrangements.class);
	static final String LOCATION = "classpath:seed/calendar/*.json";

	private final Map<Integer, HolidayArrangement> years;

	BundledArrangements(JsonMapper json, ArrangementValidator validator, CalendarProperties properties) {
		this.years = read(json, validator, properties.limits());
	}

	/** The bundled years with a published arrangement, in year order. */
	Map<Integer, HolidayArrangement> years() {
		return years;
	}

	private static Map<Integer, HolidayArrangement> read(JsonMapper json, ArrangementValidator validator,
			CalendarProperties.Limits limits) {
		Map<Integer, HolidayArrangement> years = new TreeMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				YearSubmission submission;
				try (InputStream in = file.getInputStream()) {
					submission = json.readValue(in, YearSubmission.class);
				}
				if (submission.days() == null || submission.days().isEmpty()) {
					log.info("Holiday arrangement for {} not published yet ({}): Monday–Friday assumed",
							submission.year(), file.getFilename());
					continue;
				}
				if (!limits.yearInRange(submission.year())) {
					log.info("Bundled holiday arrangement for {} is outside zhili.calendar.limits: not loaded",
							submission.year());
					continue;
				}
				// A bundled file that fails the rules is a packaging mistake: refuse to start rather than guess.
				years.put(submission.year(), validator.validate(submission.year(), withoutRedundantDays(submission)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the bundled holiday arrangements", e);
		}
		return years;
	}

	/**
	 * holiday-cn marks Monday 2020-02-03 as a working day (the end of the extended 春节). A weekday is a
	 * working day anyway, and an administrator's upload may not carry such entries, so they are dropped.
	 */
	static YearSubmission withoutRedundantDays(YearSubmission submission) {
		List<YearSubmission.Day> kept = new ArrayList<>();
		for (YearSubmission.Day day : submission.days()) {
			boolean redundant = Boolean.FALSE.equals(day.isOffDay()) && day.date() != null
					&& !SpecialDay.weekend(java.time.LocalDate.parse(day.date()));
			if (redundant) {
				log.debug("Dropping redundant working weekday {} from the bundled {} arrangement", day.date(),
						submission.year());
			}
			else {
				kept.add(day);
			}
		}
		return new YearSubmission(submission.year(), submission.papers(), kept);
	}
}
