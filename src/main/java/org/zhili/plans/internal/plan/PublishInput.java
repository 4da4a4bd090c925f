package org.zhili.plans.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A plan as the reviewer publishes it: the draft's sections, tasks and targets, edited, with units assigned.
 * The draft JSON of {@code POST /api/v1/plans/ingest} has the same shape, so it can be sent back as it is.
 * Sections and tasks refer to each other by the draft's keys ({@code 2.1}, {@code t7}). What the draft carries
 * beyond a plan (its id, source text, glossary, form, notes, review items and the positions in the source) is accepted and left aside, so the
 * draft can indeed be sent back as it is; any other field is refused as unknown.
 */
@JsonIgnoreProperties({ "id", "planId", "source", "glossary", "form", "notes", "items" })
public record PublishInput(String title, Integer year, String kind, String description, Boolean isPublic,
		List<SectionIn> sections, List<TaskIn> tasks, List<TargetIn> targets, List<TargetIn> actuals) {

	@JsonIgnoreProperties({ "start", "end" })
	public record SectionIn(String key, String parent, String number, String title, Integer level, Boolean retrospective) {
	}

	public record MilestoneIn(LocalDate due, String deliverable) {
	}

	public record TaskIn(String key, String section, String number, String title, String text, String leadUnit,
			List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight, List<MilestoneIn> milestones,
			Integer start, Integer end) {
	}

	@JsonIgnoreProperties({ "section", "start", "end" })
	public record TargetIn(String indicator, String comparator, BigDecimal value, BigDecimal upper, String unit,
			String qualifier, Integer period, Boolean main, String task, String quote, BigDecimal baseline) {
	}
}
