package org.zhili.open311.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.PublicRequests;
import org.zhili.identity.Actor;
import org.zhili.identity.ApiKeyVerifier;
import org.zhili.identity.Permission;
import org.zhili.platform.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST requests}: a client with an API key reports a problem. The request is registered at once as a
 * case of the channel 系统对接, so the answer carries its {@code service_request_id} (type {@code realtime}).
 */
@Service
class RequestIntake {

	/**
	 * What the POST answers. The request is created at once, so the answer carries its id and, as the
	 * specification asks, not the token (which the extensions show, for clients that keep tokens).
	 */
	record Created(String serviceRequestId, String serviceNotice, String accountId) {
	}

	static final int MAX_DESCRIPTION = 4000;

	private final ApiKeyVerifier keys;
	private final ServiceCatalog catalog;
	private final ServiceAttributes attributes;
	private final PublicRequests requests;
	private final Open311Requests received;
	private final JsonMapper json;
	private final Clock clock;

	RequestIntake(ApiKeyVerifier keys, ServiceCatalog catalog, ServiceAttributes attributes, PublicRequests requests,
			Open311Requests received, JsonMapper json, Clock clock) {
		this.keys = keys;
		this.catalog = catalog;
		this.attributes = attributes;
		this.requests = requests;
		this.received = received;
		this.json = json;
		this.clock = clock;
	}

	/** The actor of a valid API key that may register requests; 403 otherwise. */
	Actor client(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw Open311Error.forbidden("api_key was not provided");
		}
		Actor actor = keys.verify(apiKey.strip())
			.orElseThrow(() -> Open311Error.forbidden("api_key is invalid, revoked or expired"));
		if (!actor.has(Permission.CASE_INTAKE)) {
			throw Open311Error.forbidden("api_key may not create service requests");
		}
		return actor;
	}

	@Transactional
	Created create(MultiValueMap<String, String> form) {
		Actor actor = client(form.getFirst("api_key"));
		String code = text(form, "service_code");
		if (code == null) {
			throw Open311Error.badRequest("service_code was not provided");
		}
		ServiceCatalog.Service service = catalog.find(code)
			.orElseThrow(() -> Open311Error.notFound("service_code " + code + " was not found"));
		Location location = location(form);
		List<ServiceAttributes.Attribute> definition = attributes.of(code);
		Map<String, Object> answers = AttributeCheck.check(definition, form);
		List<String> errors = new ArrayList<>();
		String description = text(form, "description");
		if (description != null && description.length() > MAX_DESCRIPTION) {
			errors.add("description may not be longer than " + MAX_DESCRIPTION + " characters");
		}
		String mediaUrl = text(form, "media_url");
		if (mediaUrl != null && !httpUrl(mediaUrl)) {
			errors.add("media_url must be an http or https URL of at most 1000 characters");
		}
		String email = text(form, "email");
		if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
			errors.add("email is not an e-mail address");
		}
		for (String name : List.of("first_name", "last_name", "device_id", "account_id")) {
			String value = text(form, name);
			if (value != null && value.length() > (name.endsWith("_name") ? 25 : 100)) {
				errors.add(name + " is too long");
			}
		}
		if (!errors.isEmpty()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, errors);
		}
		String name = join(text(form, "last_name"), text(form, "first_name"));
		String phone = text(form, "phone");
		PublicRequests.Submission submission = new PublicRequests.Submission(Channel.API, CaseType.COMPLAINT, code,
				describe(description, service, definition, answers), location.address(), location.lng(), location.lat(),
				name, phone, name == null && phone == null, false, null, List.of());
		PublicRequests.Receipt receipt;
		try {
			receipt = requests.submit(submission, actor);
		}
		catch (ApiProblem problem) {
			throw translated(problem);
		}
		String token = UUID.randomUUID().toString();
		received.insert(new Open311Requests.Received(token, receipt.trackingNumber(), actor.username(), code,
				json.writeValueAsString(answers), mediaUrl, text(form, "device_id"), text(form, "account_id"), email,
				clock.instant()));
		return new Created(receipt.trackingNumber(),
				"已受理，查询号 " + receipt.trackingNumber() + "。将按接诉即办时限派单办理。", text(form, "account_id"));
	}

	/** Where: a point (lat and long, WGS84), an address, or an address id. */
	private record Location(Double lng, Double lat, String address) {
	}

	private static Location location(MultiValueMap<String, String> form) {
		String lat = text(form, "lat");
		String lng = text(form, "long");
		String address = text(form, "address_string");
		String addressId = text(form, "address_id");
		if (address != null && address.length() > 200) {
			throw Open311Error.badRequest("address_string may not be longer than 200 characters");
		}
		if (addressId != null && addressId.length() > 100) {
			throw Open311Error.badRequest("address_id may not be longer than 100 characters");
		}
		if (address == null && addressId != null) {
			address = "地址编号 " + addressId;
		}
		if (lat == null && lng == null) {
			if (address == null) {
				throw Open311Error.badRequest("a location is required: lat and long, address_string or address_id");
			}
			return new Location(null, null, address);
		}
		if (lat == null || lng == null) {
			throw Open311Error.badRequest((lat == null ? "lat" : "long") + " was not provided: lat and long go together");
		}
		try {
			return new Location(Double.parseDouble(lng), Double.parseDouble(lat), address);
		}
		catch (NumberFormatException e) {
			throw Open311Error.badRequest("lat and long must be decimal degrees (WGS84)");
		}
	}

	/** The description with the answered attributes below it, in words. */
	private static String describe(String description, ServiceCatalog.Service service,
			List<ServiceAttributes.Attribute> definition, Map<String, Object> answers) {
		StringBuilder text = new StringBuilder(description != null ? description : service.name());
		for (ServiceAttributes.Attribute a : definition) {
			Object answer = answers.get(a.code());
			if (answer == null) {
				continue;
			}
			List<String> values = answer instanceof List<?> list ? list.stream().map(String::valueOf).toList()
					: List.of(String.valueOf(answer));
			List<String> shown = values.stream()
				.map(v -> a.values() == null ? v
						: a.values().stream().filter(x -> x.key().equals(v)).map(ServiceAttributes.Value::name).findFirst().orElse(v))
				.toList();
			text.append("\n【").append(a.description()).append("】").append(String.join("、", shown));
		}
		return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text.toString();
	}

	/** The case module's field errors in the words and parameter names of GeoReport. */
	private static Open311Error translated(ApiProblem problem) {
		if (problem.status().value() == 403) {
			return Open311Error.forbidden("api_key may not create service requests");
		}
		List<String> messages = problem.errors().isEmpty() ? List.of(problem.getMessage())
				: problem.errors().stream().map(e -> parameter(e.field()) + ": " + e.message()).toList();
		return new Open311Error(HttpStatus.BAD_REQUEST, messages);
	}

	private static String parameter(String field) {
		return switch (field) {
			case "lng" -> "long";
			case "lat" -> "lat";
			case "requesterPhone" -> "phone";
			case "requesterName" -> "first_name";
			case "address" -> "address_string";
			case "categoryCode" -> "service_code";
			default -> field;
		};
	}

	private static boolean httpUrl(String url) {
		if (url.length() > 1000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	static String text(MultiValueMap<String, String> form, String name) {
		String v = form.getFirst(name);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private static String join(String last, String first) {
		if (last == null && first == null) {
			return null;
		}
		return (last == null ? "" : last) + (first == null ? "" : first);
	}
}
