package org.zhili.plans.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** The timelines of suggestions and plan tasks in the kit's shape. */
@Configuration(proxyBeanMethods = false)
class PlanTimelineSources {

	@Bean
	TimelineSource suggestionTimelines(SuggestionService suggestions) {
		return new TimelineSource() {
			@Override
			public String loop() {
				return SuggestionClocks.LOOP;
			}

			@Override
			public List<TimelineEntry> timeline(long itemId, Actor reader) {
				return suggestions.get(itemId, reader).events().stream()
					.map(e -> new TimelineEntry(e.at(), e.action().toLowerCase(Locale.ROOT), label(e.action()), e.by(), null,
							e.note(), null))
					.toList();
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
					.map(e -> new TimelineEntry(e.at(), e.kind(), label(e.kind()), null, task.task().leadUnit(), e.text(), null))
					.toList();
			}
		};
	}

	/** The suggestion's and the task's row kinds as people read them. */
	static String label(String action) {
		return switch (action.toUpperCase(Locale.ROOT)) {
			case "REGISTER" -> "登记";
			case "ASSIGN" -> "交办";
			case "OPINION" -> "协办意见";
			case "REPLY" -> "答复";
			case "FEEDBACK" -> "反馈";
			case "REDO" -> "重新办理";
			case "MILESTONE" -> "节点";
			case "REPORT" -> "进展报告";
			case "SUPERVISION" -> "督办";
			default -> action;
		};
	}
}
