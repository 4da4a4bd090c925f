package org.zhili.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.PublicCase;
import org.zhili.cases.PublicRequests;
import org.zhili.cases.Satisfaction;
import org.zhili.platform.ApiProblem;

/**
 * Opening a case with its tracking number and query code (or the last 4 digits of the phone), and rating it;
 * each try counts against the address's look-up limit, so the 10,000 phone suffixes cannot be tried in turn.
 */
@Service
class Lookups {

	private final PublicRequests requests;
	private final SubmissionLog log;
	private final PortalProperties properties;
	private final Clock clock;

	Lookups(PublicRequests requests, SubmissionLog log, PortalProperties properties, Clock clock) {
		this.requests = requests;
		this.log = log;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	Optional<PublicCase> track(String trackingNumber, String secret, String clientAddress) {
		count(clientAddress);
		return requests.track(trackingNumber, secret);
	}

	@Transactional
	PublicCase rate(String trackingNumber, String secret, Boolean solved, Satisfaction satisfaction, String comment,
			String clientAddress) {
		count(clientAddress);
		return requests.rate(trackingNumber, secret, solved, satisfaction, comment);
	}

	private void count(String clientAddress) {
		Instant now = clock.instant();
		int tries = log.lookUp(Submissions.hash(clientAddress), now, now.minus(properties.trackWindow()));
		if (tries > properties.trackAttempts()) {
			String message = "查询过于频繁，请 " + properties.trackWindow().toMinutes() + " 分钟后再试";
			throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", message,
					List.of(new ApiProblem.FieldError("trackingNumber", message)), null);
		}
	}
}
