package org.zhili.cases.internal.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseActions;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseView;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.intake.IntakeService;
import org.zhili.cases.internal.record.Attachments;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.IdempotencyKey;
import org.zhili.process.Photos;

/** 接诉即办 over HTTP: register, read, list, and take every step of a case. */
@RestController
@RequestMapping(CaseController.PATH)
@Validated
@Tag(name = "接诉即办", description = "诉求工单：受理、派单、签收、退单、吹哨报到、答复、审核、回访、结案、督办")
class CaseController {

	static final String PATH = "/api/v1/cases";

	/** The requester, for {@link CreateRequest}. */
	record RequesterInput(@Size(max = 50) String name, @Size(max = 20) String phone, Boolean anonymous,
			Boolean confidential, Boolean enterprise) {
	}

	/** Where, for {@link CreateRequest}; {@code crs} is {@code wgs84} (default) or {@code gcj02}. */
	record LocationInput(Double lng, Double lat, @Size(max = 8) String crs) {
	}

	/** A work order from another system, with its own id and deadline. */
	record ExternalInput(@Size(max = 32) String system, @Size(max = 64) String id, Instant dueAt) {
	}

	record CreateRequest(CaseType type, @Size(max = 16) String categoryCode, Urgency urgency, @Size(max = 100) String title,
			@Size(max = IntakeService.MAX_DESCRIPTION) String description, @Size(max = 200) String address,
			@Valid LocationInput location, @Valid RequesterInput requester, Channel channel,
			@Valid ExternalInput external, @Size(max = IntakeService.MAX_DESCRIPTION) String answer) {

		NewCase toNewCase() {
			LocationInput l = location == null ? new LocationInput(null, null, null) : location;
			if (l.crs() != null && !l.crs().equalsIgnoreCase("wgs84") && !l.crs().equalsIgnoreCase("gcj02")) {
				throw ApiProblem.badInput("location.crs", "unknown_crs", "坐标系须为 wgs84 或 gcj02");
			}
			RequesterInput r = requester == null ? new RequesterInput(null, null, null, null, null) : requester;
			ExternalInput e = external == null ? new ExternalInput(null, null, null) : external;
			return new NewCase(channel, type, categoryCode, urgency, title, description, address, l.lng(), l.lat(),
					"gcj02".equalsIgnoreCase(l.crs()), r.name(), r.phone(), Boolean.TRUE.equals(r.anonymous()),
					Boolean.TRUE.equals(r.confidential()), Boolean.TRUE.equals(r.enterprise()), e.system(), e.id(),
					e.dueAt(), answer);
		}
	}

	record Revealed(String field, String value) {
	}

	/** The fields of {@link NewCase} that this API nests: a client is told the name it sent. */
	private static final Map<String, String> FIELDS_AS_SENT = Map.of("lng", "location.lng", "lat", "location.lat",
			"requesterName", "requester.name", "requesterPhone", "requester.phone", "externalSystem", "external.system",
			"externalId", "external.id", "externalDueAt", "external.dueAt");

	private static ApiProblem asSent(ApiProblem problem) {
		if (problem.errors().stream().noneMatch(e -> FIELDS_AS_SENT.containsKey(e.field()))) {
			return problem;
		}
		List<ApiProblem.FieldError> errors = problem.errors()
			.stream()
			.map(e -> new ApiProblem.FieldError(FIELDS_AS_SENT.getOrDefault(e.field(), e.field()), e.message()))
			.toList();
		return new ApiProblem(problem.status(), problem.code(), problem.getMessage(), errors, problem.extra());
	}

	record Uploaded(long id) {
	}

	private final CaseIntake intake;
	private final CaseActions actions;
	private final ActionService service;
	private final CaseViews views;
	private final CaseQueries queries;
	private final Attachments attachments;
	private final AuditTrail audit;

	CaseController(CaseIntake intake, CaseActions actions, ActionService service, CaseViews views, CaseQueries queries,
			Attachments attachments, AuditTrail audit) {
		this.intake = intake;
		this.actions = actions;
		this.service = service;
		this.views = views;
		this.queries = queries;
		this.attachments = attachments;
		this.audit = audit;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_INTAKE')")
	@Operation(summary = "受理：登记来电、巡查上报或对接系统的工单（支持 Idempotency-Key；同一外部编号只登记一次）")
	ResponseEntity<CaseView> create(@Valid @RequestBody CreateRequest request,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, Actor actor) {
		CaseIntake.Registration registration;
		try {
			registration = intake.register(request.toNewCase(), IdempotencyKey.checked(idempotencyKey), actor);
		}
		catch (ApiProblem problem) {
			throw asSent(problem);
		}
		CaseView view = registration.kase();
		URI location = URI.create(PATH + "/" + view.id());
		return switch (registration.outcome()) {
			case REGISTERED -> ResponseEntity.created(location).body(view);
			// A retry gets what the first request got.
			case REPEATED_REQUEST ->
				ResponseEntity.created(location).header(IdempotencyKey.REPLAYED_HEADER, "true").body(view);
			case KNOWN_WORK_ORDER -> ResponseEntity.ok(view);
		};
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "一张工单：时间线、时限与红黄绿灯、当前可执行的操作（allowedActions）")
	CaseView get(@PathVariable long id, Actor actor) {
		return views.of(service.visibleCase(id, actor), actor, true);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "工单列表（按数据范围）：筛选、排序、分页")
	CaseQueries.Page list(Actor actor, @Valid @ParameterObject CaseListQuery query) {
		return queries.page(actor.scope(), query.filter(), query.pageIndex(), query.pageSize());
	}

	@PostMapping("/{id}/actions/{action}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "对工单执行一个操作：dispatch、designate、accept、return、approve、reject、whistle、report、note、"
			+ "extend、suspend、resume、void、merge、reply、review、callback、redispatch、close、supervise、remind")
	CaseView act(@PathVariable long id, @PathVariable String action, @Valid @RequestBody(required = false) ActionInput input,
			Actor actor) {
		CaseAction parsed;
		try {
			parsed = CaseAction.fromPath(action);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.notFound("unknown_action", "没有名为 " + action + " 的操作");
		}
		return actions.perform(id, parsed, input, actor);
	}

	@GetMapping("/{id}/requester")
	@PreAuthorize("hasAuthority('PERSONAL_DATA_UNMASK')")
	@Operation(summary = "查看诉求人姓名或电话的明文（field=name|phone）；每次查看都记入审计")
	Revealed requester(@PathVariable long id, @RequestParam String field, Actor actor) {
		CaseRecord c = service.visibleCase(id, actor);
		String value = switch (field) {
			case "name" -> c.intake().requester().name();
			case "phone" -> c.intake().requester().phone();
			default -> throw ApiProblem.badInput("field", "unknown_field", "可查看的字段：name、phone");
		};
		audit.success("identity.personal-data.viewed", c.trackingNumber(), "查看诉求人" + ("name".equals(field) ? "姓名" : "电话"));
		return new Revealed(field, value);
	}

	@PostMapping(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "上传现场照片（JPEG/PNG，重新编码后保存，去除位置等元数据）")
	ResponseEntity<Uploaded> upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Size(max = 4000) String note, Actor actor) throws IOException {
		long attachment = service.attach(id, file.getOriginalFilename(), file.getBytes(), note, actor);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + attachment))
			.body(new Uploaded(attachment));
	}

	@GetMapping("/{id}/attachments/{attachment}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	@Operation(summary = "一张照片")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment, Actor actor) {
		service.visibleCase(id, actor);
		Photos.Content content = attachments.content(id, attachment)
			.orElseThrow(() -> ApiProblem.notFound("attachment_not_found", "照片不存在"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			// RFC 6266: a Chinese name survives as filename*, and no character of it can end the header's value
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}
}
