package org.zhili.plans.internal.tasks;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;
import org.zhili.plans.internal.plan.PlanService;
import org.zhili.plans.internal.plan.PlanViews;
import org.zhili.plans.internal.suggestions.SuggestionClocks;
import org.zhili.plans.internal.suggestions.SuggestionService;
import org.zhili.plans.internal.suggestions.SuggestionTimeline;

/** The timelines of suggestions and plan tasks through the kit's one API. */
@Configuration(proxyBeanMethods = false)
class PlanTimelineSources {

	@Bean
	TimelineSource suggestionTimelines(SuggestionService suggestions, SuggestionTimeline timelines) {
		return new TimelineSource() {
			@Override
			public String loop() {
				return SuggestionClocks.LOOP;
			}

			@Override
			public List<TimelineEntry> timeline(long itemId, Actor reader) {
				return timelines.of(List.of(suggestions.get(itemId, reader))).getOrDefault(itemId, List.of());
			}
		};
	}

	@Bean
	TimelineSource taskTimelines(PlanService plans) {
		return new TimelineSource() {
			@Override
			public String loop() {
				return PlanClocks.LOOP;
			}

			@Override
			public List<TimelineEntry> timeline(long itemId, Actor reader) {
				PlanViews.TaskDetail task = plans.task(itemId, reader);
				return task.timeline().stream()
					.map(e -> new TimelineEntry(e.at(), e.kind(), label(e.kind()), null, task.task().leadUnit(),
							task.task().leadUnitName(), e.text(), null))
					.toList();
			}
		};
	}

	/** A task's row kinds as people read them. */
	private static String label(String kind) {
		return switch (kind) {
			case "milestone" -> "节点";
			case "report" -> "进展报告";
			case "supervision" -> "督办";
			case "reply" -> "督办回复";
			default -> kind;
		};
	}
}
