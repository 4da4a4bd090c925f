package org.zhili.cases.internal.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.CreditCode;
import org.zhili.cases.NewCase;
import org.zhili.cases.PublicCase;
import org.zhili.cases.PublicRequests;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.record.Attachments;
import org.zhili.cases.internal.record.CaseEvents;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/** The public channels' side of cases: submit with photos and enterprise, track, rate, list. */
@Service
class PublicRequestService implements PublicRequests {

	static final int MAX_PHOTOS = 3;
	/** The steps the public timeline may show: a request's last update is the last of them. */
	private static final String PUBLIC_ACTIONS = "'REGISTER', 'ANSWER', 'REPLY_SHARED', 'DISPATCH', 'DESIGNATE', "
			+ "'REDISPATCH', 'ACCEPT', 'REVIEW', 'RATE', 'CALLBACK', 'CLOSE', 'MERGE', 'VOID', 'APPROVE'";
	/** Who a requester's own rating is recorded as (never a person's name). */
	static final String REQUESTER = "requester";

	private final CaseIntake intake;
	private final CaseRepository cases;
	private final CaseEvents timeline;
	private final Attachments attachments;
	private final EnterpriseRequests enterprises;
	private final PairedDispatch paired;
	private final ActionService actions;
	private final PublicCaseViews views;
	private final JdbcClient jdbc;
	private final Clock clock;

	PublicRequestService(CaseIntake intake, CaseRepository cases, CaseEvents timeline, Attachments attachments,
			EnterpriseRequests enterprises, PairedDispatch paired, ActionService actions, PublicCaseViews views,
			JdbcClient jdbc, Clock clock) {
		this.intake = intake;
		this.cases = cases;
		this.timeline = timeline;
		this.attachments = attachments;
		this.enterprises = enterprises;
		this.paired = paired;
		this.actions = actions;
		this.views = views;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Receipt submit(Submission submission, Actor channel) {
		List<Photo> photos = submission.photos() == null ? List.of() : submission.photos();
		if (photos.size() > MAX_PHOTOS) {
			throw ApiProblem.badInput("photos", "too_many_photos", "最多上传 " + MAX_PHOTOS + " 张照片");
		}
		Enterprise enterprise = checked(submission.enterprise());
		NewCase k = new NewCase(submission.channel(), submission.type(), submission.categoryCode(), null, null,
				submission.description(), submission.address(), submission.lng(), submission.lat(), false,
				submission.requesterName(), submission.requesterPhone(), submission.anonymous(),
				submission.confidential(), enterprise != null, null, null, null, null);
		CaseIntake.Registration registration = intake.register(k, channel);
		long id = registration.kase().id();
		if (registration.created()) {
			for (Photo photo : photos) {
				attachments.store(id, null, photo.fileName(), photo.content(), channel.username(), clock.instant());
			}
			if (enterprise != null) {
				enterprises.insert(id, enterprise);
				paired.dispatch(id, registration.kase().trackingNumber(), registration.kase().title(), enterprise);
			}
		}
		CaseRecord c = cases.find(id).orElseThrow();
		return new Receipt(id, c.trackingNumber(), c.queryCode(), c.intake().registeredAt());
	}

	private static Enterprise checked(Enterprise e) {
		if (e == null) {
			return null;
		}
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		CreditCode.problem(e.creditCode()).ifPresent(p -> errors.add(new ApiProblem.FieldError("creditCode", p)));
		String name = e.name() == null ? "" : e.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			errors.add(new ApiProblem.FieldError("enterpriseName", "请填写企业名称（最多 100 字）"));
		}
		String contact = e.contactName() == null || e.contactName().isBlank() ? null : e.contactName().strip();
		if (contact != null && contact.length() > 50) {
			errors.add(new ApiProblem.FieldError("contactName", "联系人最多 50 字"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		return new Enterprise(CreditCode.normalise(e.creditCode()), name, contact);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicCase> track(String trackingNumber, String secret) {
		return opened(trackingNumber, secret).map(this::view);
	}

	@Override
	@Transactional
	public PublicCase rate(String trackingNumber, String secret, Boolean solved, Satisfaction satisfaction,
			String comment) {
		CaseRecord c = opened(trackingNumber, secret)
			.orElseThrow(() -> ApiProblem.notFound("case_not_found", "查询号或查询码不正确"));
		if (c.state() != CaseState.CALLBACK) {
			throw ApiProblem.conflict("not_awaiting_rating", "该诉求当前为“" + c.state().label() + "”，不能评价");
		}
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (note != null && note.length() > 500) {
			throw ApiProblem.badInput("comment", "comment_too_long", "评价意见最多 500 字");
		}
		ActionInput rating = new ActionInput(null, null, null, null, null, null, note, null, null, null, null, true,
				solved, satisfaction, null, null);
		actions.performFor(c.id(), CaseAction.RATE, rating, REQUESTER, EnumSet.of(Party.REQUESTER));
		if (satisfaction == Satisfaction.UNSATISFIED || Boolean.FALSE.equals(solved)) {
			// The requester is not satisfied: the same lead unit takes the case again (再交办), without waiting.
			actions.performFor(c.id(), CaseAction.REDISPATCH, ActionInput.note("诉求人评价不满意，自动再交办"),
					ActionService.SYSTEM, EnumSet.of(Party.SYSTEM));
		}
		return view(cases.find(c.id()).orElseThrow());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicCase> find(String trackingNumber) {
		if (trackingNumber == null || trackingNumber.length() > 20) {
			return Optional.empty();
		}
		return cases.findIdByTrackingNumber(trackingNumber.strip())
			.flatMap(cases::find)
			.filter(c -> !c.intake().requester().confidential())
			.map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublicCase> search(Query q) {
		StringBuilder where = new StringBuilder("not c.confidential");
		var params = new java.util.HashMap<String, Object>();
		if (q.trackingNumbers() != null) {
			where.append(" and c.tracking_number in (:numbers)");
			params.put("numbers", q.trackingNumbers().isEmpty() ? List.of("") : q.trackingNumbers());
		}
		if (q.categoryCodes() != null) {
			where.append(" and c.category_code in (:categories)");
			params.put("categories", q.categoryCodes().isEmpty() ? List.of("") : q.categoryCodes());
		}
		if (q.from() != null) {
			where.append(" and c.registered_at >= :from");
			params.put("from", CaseRepository.timestamp(q.from()));
		}
		if (q.to() != null) {
			where.append(" and c.registered_at < :to");
			params.put("to", CaseRepository.timestamp(q.to()));
		}
		if (q.open() != null) {
			where.append(q.open() ? " and c.state not in ('CLOSED', 'VOIDED', 'MERGED')"
					: " and c.state in ('CLOSED', 'VOIDED', 'MERGED')");
		}
		params.put("offset", q.offset());
		params.put("limit", q.limit());
		List<Listed> found = jdbc.sql("""
				select c.*, coalesce(c.closed_at, (select max(e.occurred_at) from cases.case_event e
				         where e.case_id = c.id and e.action in (%s)), c.registered_at) as updated_at
				from cases.case_record c where %s
				order by c.registered_at desc, c.id desc offset :offset limit :limit""".formatted(PUBLIC_ACTIONS, where))
			.params(params)
			.query((rs, n) -> new Listed(rs.getLong("id"), views.row(rs)))
			.list();
		// The row holds all but the photos, counted for the page at once, and the timeline: only the steps are read
		// for each request.
		Map<Long, Integer> photos = attachments.counts(found.stream().map(Listed::id).toList());
		return found.stream()
			.map(l -> views.completed(l.kase(), photos.getOrDefault(l.id(), 0), q.timelines() ? timeline.of(l.id()) : null))
			.toList();
	}

	private record Listed(long id, PublicCase kase) {
	}

	private PublicCase view(CaseRecord c) {
		return views.of(c, timeline.of(c.id()), attachments.count(c.id()));
	}

	/** The case, when the secret opens it: its query code, or the last 4 digits of the requester's phone. */
	private Optional<CaseRecord> opened(String trackingNumber, String secret) {
		if (trackingNumber == null || secret == null || trackingNumber.length() > 20) {
			return Optional.empty();
		}
		String s = secret.strip();
		return cases.findIdByTrackingNumber(trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.flatMap(cases::find)
			.filter(c -> same(c.queryCode(), s) || s.length() == 4 && s.chars().allMatch(Character::isDigit)
					&& c.intake().requester().phone() != null && c.intake().requester().phone().endsWith(s));
	}

	private static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}
}
