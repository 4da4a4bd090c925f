package org.zhili.calendar.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ArrangementValidatorTest {

	final ArrangementValidator validator = TestCalendars.validator();

	@Test
	void acceptsAValidYear() {
		HolidayArrangement arrangement = validator.validate(2028, new YearSubmission(2028,
				List.of("https://www.gov.cn/zhengce/content/2027-11/notice.htm"),
				List.of(day("元旦", "2028-01-01", true), day("春节", "2028-01-29", false), day("元旦", "2027-12-31", true))));

		assertThat(arrangement.year()).isEqualTo(2028);
		assertThat(arrangement.days()).extracting(SpecialDay::date)
			.map(Object::toString)
			.containsExactly("2027-12-31", "2028-01-01", "2028-01-29");
	}

	@Test
	void acceptsEveryBundledYear() {
		assertThat(TestCalendars.bundled().years().keySet()).hasSize(20).contains(2007, 2020, 2026).doesNotContain(2027);
	}

	@Test
	void namesEachFaultyField() {
		List<YearSubmission.Day> days = new ArrayList<>(List.of(day("元旦", "2028-01-01", true), // fine
				day("春节", "2028-02-30", true), // no such date
				day("春节", "not a date", true), day("", "2028-01-27", true), // no name
				day("国庆节".repeat(20), "2028-10-02", true), // name too long
				day("元旦", "2028-01-01", true), // duplicate
				day("春节", "2028-01-26", false), // a Wednesday cannot be an adjusted working day
				day("劳动节", "2029-05-01", true), // another year
				day("劳动节", "2028-05-02", null)));
		days.add(null);

		ApiProblem problem = refused(2028, new YearSubmission(2028, List.of("javascript:alert(1)"), days));

		assertThat(problem.status().value()).isEqualTo(400);
		assertThat(problem.code()).isEqualTo(ArrangementValidator.CODE);
		assertThat(problem.errors()).extracting(ApiProblem.FieldError::field)
			.containsExactly("papers[0]", "days[1].date", "days[2].date", "days[3].name", "days[4].name",
					"days[5].date", "days[6].isOffDay", "days[7].date", "days[8].isOffDay", "days[9]");
		assertThat(problem.errors().get(5).message()).contains("days[0]");
	}

	@Test
	void checksTheYear() {
		assertThat(fields(refused(2028, new YearSubmission(null, null, List.of())))).containsExactly("year");
		assertThat(fields(refused(2028, new YearSubmission(1900, null, List.of())))).containsExactly("year");
		assertThat(fields(refused(2028, new YearSubmission(2029, null, List.of())))).containsExactly("year");
		assertThat(fields(refused(2028, new YearSubmission(2028, null, null)))).containsExactly("days");
		assertThat(fields(refused(2028, new YearSubmission(2028, null, List.of())))).containsExactly("days");
		assertThat(fields(refused(2028, null))).containsExactly("body");
	}

	@Test
	void refusesTooManyDaysWithoutListingEach() {
		List<YearSubmission.Day> days = IntStream.range(0, 101)
			.mapToObj(i -> day("假日", java.time.LocalDate.of(2028, 1, 1).plusDays(i).toString(), true))
			.toList();

		assertThat(fields(refused(2028, new YearSubmission(2028, null, days)))).containsExactly("days");
	}

	@Test
	void capsTheFaultsItLists() {
		List<YearSubmission.Day> days = IntStream.range(0, 80).mapToObj(i -> day("", "bad", null)).toList();

		ApiProblem problem = refused(2028, new YearSubmission(2028, null, days));

		assertThat(problem.errors()).hasSize(ArrangementValidator.MAX_REPORTED);
		assertThat(problem.getMessage()).contains("240");
	}

	@Test
	void theBundledLoaderDropsRedundantWorkingWeekdays() {
		YearSubmission raw = new YearSubmission(2020, List.of(),
				List.of(day("春节", "2020-02-02", true), day("春节", "2020-02-03", false)));

		assertThat(fields(refused(2020, raw))).containsExactly("days[1].isOffDay");
		assertThat(validator.validate(2020, BundledArrangements.withoutRedundantDays(raw)).days()).hasSize(1);
	}

	private ApiProblem refused(int year, YearSubmission submission) {
		return catchThrowableOfType(ApiProblem.class, () -> validator.validate(year, submission));
	}

	private static List<String> fields(ApiProblem problem) {
		return problem.errors().stream().map(ApiProblem.FieldError::field).toList();
	}

	private static YearSubmission.Day day(String name, String date, Boolean off) {
		return new YearSubmission.Day(name, date, off);
	}

}
