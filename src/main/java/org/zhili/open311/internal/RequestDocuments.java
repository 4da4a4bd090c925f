package org.zhili.open311.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhili.cases.PublicCase;
import org.zhili.platform.ChinaTime;

/**
 * A service request as GeoReport v2 lists it. Status is {@code open} or {@code closed}; the case's own state
 * (and the reply, once given) goes into {@code status_notes}; {@code agency_responsible} is the lead unit;
 * times are W3C datetimes in Beijing time; coordinates WGS84. With {@code extensions=true}, the request's
 * public updates follow in {@code extended_attributes}.
 */
final class RequestDocuments {

	static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ChinaTime.ZONE);

	private RequestDocuments() {
	}

	static Map<String, Object> of(PublicCase c, String mediaUrl, boolean extended) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", c.trackingNumber());
		r.put("status", c.open() ? "open" : "closed");
		r.put("status_notes", c.reply() == null ? c.stateLabel() : c.stateLabel() + "。答复：" + c.reply());
		r.put("service_name", serviceName(c.categoryName()));
		r.put("service_code", c.categoryCode());
		r.put("description", c.description());
		r.put("agency_responsible", c.leadUnit() == null ? null : c.leadUnit().name());
		r.put("service_notice", null);
		r.put("requested_datetime", time(c.registeredAt()));
		r.put("updated_datetime", time(c.updatedAt()));
		r.put("expected_datetime", null);
		r.put("address", c.address());
		r.put("address_id", null);
		r.put("zipcode", null);
		r.put("lat", c.lat());
		r.put("long", c.lng());
		r.put("media_url", mediaUrl);
		if (extended) {
			Map<String, Object> extra = new LinkedHashMap<>();
			extra.put("state", c.state());
			extra.put("type", c.type());
			extra.put("enterprise", c.enterprise());
			extra.put("agency_code", c.leadUnit() == null ? null : c.leadUnit().code());
			extra.put("notes", c.timeline().stream().map(RequestDocuments::note).toList());
			r.put("extended_attributes", extra);
		}
		return r;
	}

	static List<Map<String, Object>> of(List<PublicCase> cases, Map<String, String> mediaUrls, boolean extended) {
		return cases.stream().map(c -> of(c, mediaUrls.get(c.trackingNumber()), extended)).toList();
	}

	private static Map<String, Object> note(PublicCase.Step s) {
		Map<String, Object> note = new LinkedHashMap<>();
		note.put("datetime", time(s.at()));
		note.put("type", s.action());
		note.put("summary", s.label());
		note.put("description", s.text());
		return note;
	}

	static String time(Instant at) {
		return at == null ? null : W3C.format(at.truncatedTo(ChronoUnit.SECONDS));
	}

	private static String serviceName(String fullName) {
		if (fullName == null) {
			return null;
		}
		int cut = fullName.lastIndexOf(" › ");
		return cut < 0 ? fullName : fullName.substring(cut + 3);
	}
}
