package org.zhili.open311.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhili.cases.PublicCase;
import org.zhili.cases.PublicRequests;
import org.zhili.org.District;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /open311/v2}: every resource in
 * XML and JSON by its suffix. Reading needs no key; posting a request needs {@code api_key}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final ServiceCatalog catalog;
	private final ServiceAttributes attributes;
	private final RequestIntake intake;
	private final PublicRequests requests;
	private final Open311Requests received;
	private final Documents documents;
	private final Open311Properties properties;
	private final Clock clock;

	Open311Controller(ServiceCatalog catalog, ServiceAttributes attributes, RequestIntake intake,
			PublicRequests requests, Open311Requests received, Documents documents, Open311Properties properties,
			District district, Clock clock) {
		this.catalog = catalog;
		this.attributes = attributes;
		this.intake = intake;
		this.requests = requests;
		this.received = received;
		this.documents = documents;
		this.properties = properties.forDistrict(district);
		this.clock = clock;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Format f = format(format);
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
		endpoint.put("changeset", properties.changeset());
		endpoint.put("type", properties.endpointType());
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", properties.changeset());
		discovery.put("contact", properties.contact());
		discovery.put("key_service", properties.keyService());
		discovery.put("endpoints", List.of(endpoint));
		return documents.write(f, HttpStatus.OK, "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format, @RequestParam Map<String, String> params) {
		Format f = format(format);
		jurisdiction(params);
		List<Map<String, Object>> services = catalog.services().stream().map(s -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("service_code", s.code());
			m.put("service_name", s.name());
			m.put("description", s.description());
			m.put("metadata", s.metadata());
			m.put("type", "realtime");
			m.put("keywords", s.keywords());
			m.put("group", s.group());
			return m;
		}).toList();
		return documents.write(f, HttpStatus.OK, "services", services);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam Map<String, String> params) {
		Format f = format(format);
		jurisdiction(params);
		ServiceCatalog.Service service = catalog.find(code)
			.orElseThrow(() -> Open311Error.notFound("service_code " + code + " was not found"));
		List<Map<String, Object>> list = attributes.of(service.code()).stream().map(a -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("variable", a.variable());
			m.put("code", a.code());
			m.put("datatype", a.datatype());
			m.put("required", a.required());
			m.put("datatype_description", a.datatypeDescription());
			m.put("order", a.order());
			m.put("description", a.description());
			if (a.isList()) {
				m.put("values", a.values().stream().map(v -> {
					Map<String, Object> value = new LinkedHashMap<>();
					value.put("key", v.key());
					value.put("name", v.name());
					return value;
				}).toList());
			}
			return m;
		}).toList();
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", service.code());
		definition.put("attributes", list);
		return documents.write(f, HttpStatus.OK, "service_definition", definition);
	}

	@PostMapping(value = "/requests.{format}", consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			MediaType.MULTIPART_FORM_DATA_VALUE })
	ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
		Format f = format(format);
		jurisdiction(form.toSingleValueMap());
		RequestIntake.Created created = intake.create(form);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", created.serviceRequestId());
		r.put("service_notice", created.serviceNotice());
		r.put("account_id", created.accountId());
		return documents.write(f, HttpStatus.OK, "service_requests",
				List.of(r));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam Map<String, String> params) {
		Format f = format(format);
		jurisdiction(params);
		String id = received.serviceRequestIdOf(token)
			.orElseThrow(() -> Open311Error.notFound("token " + token + " was not found"));
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", id);
		r.put("token", token);
		return documents.write(f, HttpStatus.OK, "service_requests", List.of(r));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> list(@PathVariable String format, @RequestParam Map<String, String> params) {
		Format f = format(format);
		jurisdiction(params);
		RequestQuery q = RequestQuery.of(params, properties, clock.instant());
		// With extensions, the updates (notes) come with each request's timeline, which the query then reads.
		List<PublicCase> found = requests.search(q.query());
		Map<String, String> media = received.mediaUrls(found.stream().map(PublicCase::trackingNumber).toList());
		return documents.write(f, HttpStatus.OK, "service_requests", RequestDocuments.of(found, media, q.extended()));
	}

	@SuppressWarnings("unchecked")
	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam Map<String, String> params) {
		Format f = format(format);
		jurisdiction(params);
		PublicCase c = requests.find(id)
			.orElseThrow(() -> Open311Error.notFound("service_request_id " + id + " was not found"));
		boolean extended = properties.extensions() && "true".equalsIgnoreCase(params.get("extensions"));
		String media = received.mediaUrls(List.of(c.trackingNumber())).get(c.trackingNumber());
		Map<String, Object> request = RequestDocuments.of(c, media, extended);
		if (extended) {
			received.tokenOf(c.trackingNumber())
				.ifPresent(t -> ((Map<String, Object>) request.get("extended_attributes")).put("token", t));
		}
		return documents.write(f, HttpStatus.OK, "service_requests", List.of(request));
	}

	/** Anything else under /open311/v2: a resource that does not exist, or a method a resource does not take. */
	@RequestMapping("/**")
	ResponseEntity<String> other(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Format f = Format.of(path.substring(path.lastIndexOf('.') + 1));
		boolean known = path.matches("/open311/v2/(discovery|services|requests)\\.\\w+|/open311/v2/(services|requests|tokens)/[^/]+\\.\\w+");
		Open311Error error = known ? Open311Error.badRequest(request.getMethod() + " is not a method of " + path)
				: Open311Error.notFound(path + " is not a resource of this endpoint");
		return documents.error(f, error);
	}

	/** A {@code jurisdiction_id} is optional, as this endpoint serves one jurisdiction; another one is not found. */
	private void jurisdiction(Map<String, String> params) {
		String given = params.get("jurisdiction_id");
		if (given != null && !given.isBlank() && !given.strip().equals(properties.jurisdictionId())) {
			throw Open311Error.notFound("jurisdiction_id " + given.strip() + " was not found (this endpoint serves "
					+ properties.jurisdictionId() + ")");
		}
	}

	private static Format format(String suffix) {
		if (!Format.known(suffix)) {
			throw Open311Error.notFound("format " + suffix + " is not offered: use .xml or .json");
		}
		return Format.of(suffix);
	}
}
