package org.zhili.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.zhili.identity.Actor;

/**
 * What the public channels (the public pages, Open311) do with cases: register a request with its photos and
 * an enterprise's identity, show a requester their case without internal detail, let them rate the reply,
 * and list requests as the public may see them.
 */
public interface PublicRequests {

	/** A photo as uploaded; it is re-encoded before it is kept. */
	record Photo(String fileName, byte[] content) {
	}

	/**
	 * The enterprise behind an enterprise request (政企互通).
	 *
	 * @param creditCode its 统一社会信用代码, checked with {@link CreditCode}
	 * @param name its name
	 * @param contactName who to speak to
	 */
	record Enterprise(String creditCode, String name, String contactName) {
	}

	/**
	 * A request from outside, as its requester tells it; it becomes a case of the {@code channel}, an enterprise
	 * request when {@code enterprise} is given.
	 *
	 * @param channel the public pages ({@link Channel#WEB}) or a connected system ({@link Channel#API})
	 * @param lng WGS84, as is {@code lat}; or neither, with an {@code address}
	 * @param anonymous the requester leaves no name or phone to be called back on
	 * @param confidential a report (举报) whose requester is never shown
	 * @param enterprise the enterprise, or {@code null} for a resident
	 * @param photos at most 3
	 */
	record Submission(Channel channel, CaseType type, String categoryCode, String description, String address,
			Double lng, Double lat, String requesterName, String requesterPhone, boolean anonymous,
			boolean confidential, Enterprise enterprise, List<Photo> photos) {
	}

	/** What the requester keeps: the tracking number and the code that opens the case to them. */
	record Receipt(long id, String trackingNumber, String queryCode, Instant registeredAt) {
	}

	/**
	 * Which requests to list (Open311 {@code GET requests}); {@code null} means no restriction.
	 *
	 * @param trackingNumbers these requests only (the others are ignored)
	 * @param categoryCodes requests of these categories
	 * @param from registered at or after
	 * @param to registered before
	 * @param open {@code true} open requests, {@code false} ended ones
	 * @param timelines with each request's public timeline (its last step as {@code updatedAt}), as
	 *        {@link #find} shows it; otherwise without
	 */
	record Query(List<String> trackingNumbers, List<String> categoryCodes, Instant from, Instant to, Boolean open,
			int offset, int limit, boolean timelines) {
	}

	/**
	 * Registers the request, stores its photos and the enterprise's identity, all or nothing.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming the field at fault (e.g. {@code creditCode}, {@code photos})
	 */
	Receipt submit(Submission submission, Actor channel);

	/**
	 * The case behind a tracking number, when {@code secret} is its query code or the last 4 digits of the
	 * requester's phone; empty otherwise (whether or not the number exists).
	 */
	Optional<PublicCase> track(String trackingNumber, String secret);

	/**
	 * The requester's own rating of the reply. An unsatisfied rating (or "not solved") sends the case back to
	 * its lead unit for another round (再交办) at once; otherwise it waits for the dispatcher to close it.
	 *
	 * @throws org.zhili.platform.ApiProblem 404 for a wrong number or secret, 409 when the case is not awaiting
	 *         a rating, 400 naming {@code solved} or {@code satisfaction}
	 */
	PublicCase rate(String trackingNumber, String secret, Boolean solved, Satisfaction satisfaction, String comment);

	/** A request as the public sees it; confidential reports are never shown. */
	Optional<PublicCase> find(String trackingNumber);

	/** Requests as the public sees them, newest first. */
	List<PublicCase> search(Query query);
}
