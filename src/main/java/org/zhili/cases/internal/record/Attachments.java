package org.zhili.cases.internal.record;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseView;
import org.zhili.process.Photos;

/**
 * Photos of cases, kept by the process kit's {@link Photos} as the loop {@value #LOOP}: only JPEG and PNG, each
 * decoded and encoded again before it is kept (which drops location and camera metadata and appended data),
 * within the kit's limits ({@code zhili.process.photos.*}). A photo that came with a note belongs to the note's
 * case event.
 */
@Component
public class Attachments {

	/** The cases loop, as the process kit knows it (its clocks, inbox and photos). */
	public static final String LOOP = "case";

	private final Photos photos;

	Attachments(Photos photos) {
		this.photos = photos;
	}

	/**
	 * Keeps a photo of the case, in the caller's transaction.
	 *
	 * @param eventId the case event (a note) it belongs to, or {@code null}
	 * @throws org.zhili.platform.ApiProblem 400 on field {@code file}: {@code empty_file}, {@code file_too_large},
	 * {@code too_many_files}, {@code unsupported_file}
	 */
	public long store(long caseId, Long eventId, String fileName, byte[] upload, String uploadedBy, Instant at) {
		return photos.store(LOOP, caseId, eventId, fileName, upload, uploadedBy, at).id();
	}

	public List<CaseView.Attachment> of(long caseId) {
		return photos.of(LOOP, caseId).stream()
			.map(p -> new CaseView.Attachment(p.id(), p.fileName(), p.contentType(), (int) p.sizeBytes(), p.uploadedBy(),
					p.uploadedAt()))
			.toList();
	}

	public Optional<Photos.Content> content(long caseId, long id) {
		return photos.content(LOOP, caseId, id);
	}

	/** How many photos a case has. */
	public int count(long caseId) {
		return counts(List.of(caseId)).getOrDefault(caseId, 0);
	}

	/** How many photos each of the cases has (those without are left out). */
	public Map<Long, Integer> counts(Collection<Long> caseIds) {
		return photos.counts(LOOP, caseIds);
	}
}
