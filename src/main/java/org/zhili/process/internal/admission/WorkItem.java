package org.zhili.process.internal.admission;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An item of the 社区准入清单: work that may be given to a community.
 *
 * @param basis the law or document that puts it on communities
 * @param approvedOn when the district approved it onto the list
 * @param keywords words that match a task's title to it (comma-separated), or {@code null}
 */
record WorkItem(long id, String name, String basis, LocalDate approvedOn, String keywords, boolean active) {

	/** Whether the work's title names this item or one of its keywords. */
	boolean matches(String title) {
		if (title == null) {
			return false;
		}
		if (title.contains(name)) {
			return true;
		}
		List<String> words = keywords == null ? List.of() : Arrays.stream(keywords.split("[,，、]")).map(String::strip)
			.filter(w -> !w.isEmpty()).toList();
		return words.stream().anyMatch(title::contains);
	}
}
