package org.zhili.inspection.internal.rectification;

import java.time.Instant;
import java.util.List;

import org.zhili.inspection.Rectifications.Rectification;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;

/**
 * A rectification as its page shows it: the last report and 复查, the actions the reader may take now, the
 * timeline (from the kit's journal), the photos and the 督办.
 *
 * @param recheck the last 复查's result as people read it (通过（现场复查）…), or {@code null}
 * @param onSiteRequired a 重大隐患: closed only after an on-site 复查 by someone outside the unit
 * @param actions the reader's actions now, as paths ({@code report}, {@code recheck})
 */
public record RectificationDetail(Rectification rectification, String number, String streetName, int rounds,
		String openedBy, String reportedBy, String reportNote, Instant recheckedAt, String recheckedBy, String recheck,
		String recheckNote, boolean onSiteRequired, List<String> actions, List<TimelineEntry> timeline,
		List<PhotoView> photos, List<Supervisions.Supervision> supervisions) {

	public record PhotoView(long id, String fileName, Long step, String uploadedBy, Instant uploadedAt, String url) {
	}
}
