package org.zhili.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.PublicRequests;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/**
 * Registers what residents and enterprises submit on the public pages: one request per form (idempotent),
 * within the rate limits per network address and per phone, with a human check once an address has submitted
 * a few times. Cases are registered by the portal's channel actor, never by a person's account.
 */
@Service
class Submissions {

	/** Mainland mobile numbers: callbacks go to a phone the requester carries. */
	static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");

	/** A submission's result; {@code replayed} when the form had been posted before. */
	record Outcome(SubmissionLog.Receipt receipt, boolean replayed) {
	}

	private final PublicRequests requests;
	private final SubmissionLog log;
	private final HumanCheck humanCheck;
	private final PortalProperties properties;
	private final OrgUnits units;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private volatile Actor channel;

	Submissions(PublicRequests requests, SubmissionLog log, HumanCheck humanCheck, PortalProperties properties,
			OrgUnits units, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.log = log;
		this.humanCheck = humanCheck;
		this.properties = properties;
		this.units = units;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether the next submission from this address must answer the human check. */
	boolean needsHumanCheck(String clientAddress) {
		return recentFrom(hash(clientAddress)) >= properties.humanCheckAfter();
	}

	/**
	 * @param enterprise whether this is the enterprise form (its fields are then required)
	 * @throws ApiProblem 400 naming the field at fault, 429 when a rate limit is reached
	 */
	Outcome submit(RequestForm form, List<PublicRequests.Photo> photos, boolean enterprise, String clientAddress,
			HttpSession session) {
		String token = form.formToken();
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw ApiProblem.badInput("formToken", "form_expired", "表单已失效，请重新打开页面填写");
		}
		Optional<SubmissionLog.Receipt> earlier = log.byFormToken(token);
		if (earlier.isPresent()) {
			return new Outcome(earlier.get(), true);
		}
		String client = hash(clientAddress);
		String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().replaceAll("[\\s-]", "");
		String phoneHash = phone == null ? null : hash("phone:" + phone);
		Instant now = clock.instant();
		SubmissionLog.Recent recent = log.recent(client, now.minus(properties.addressWindow()), phoneHash,
				now.minus(properties.phoneWindow()));
		if (recent.fromAddress() >= properties.perAddress()) {
			throw tooMany("address", "提交过于频繁，请稍后再试");
		}
		if (recent.fromPhone() >= properties.perPhone()) {
			throw tooMany("phone", "该手机号今天提交的诉求已达上限，请明天再试或拨打 12345");
		}
		if (recent.fromAddress() >= properties.humanCheckAfter() && !humanCheck.passes(session, form.challenge())) {
			throw ApiProblem.badInput("challenge", "human_check_failed", "验证问题回答不正确，请重新作答");
		}
		check(form, phone, enterprise);
		PublicRequests.Enterprise firm = enterprise
				? new PublicRequests.Enterprise(form.creditCode(), form.enterpriseName(), form.contactName()) : null;
		PublicRequests.Submission submission = new PublicRequests.Submission(Channel.WEB, form.type(),
				blankToNull(form.categoryCode()), form.description(), form.address(), form.lng(), form.lat(),
				form.isAnonymous() ? null : blankToNull(form.name()), phone, form.isAnonymous(),
				form.type() == CaseType.REPORT, firm, photos);
		try {
			SubmissionLog.Receipt receipt = transactions.execute(tx -> {
				PublicRequests.Receipt r = requests.submit(submission, channel());
				SubmissionLog.Receipt kept = new SubmissionLog.Receipt(r.trackingNumber(), r.queryCode(),
						r.registeredAt().truncatedTo(ChronoUnit.MICROS));
				log.insert(token, kept, client, phoneHash);
				return kept;
			});
			return new Outcome(receipt, false);
		}
		catch (DuplicateKeyException sameFormPostedTwiceAtOnce) {
			return new Outcome(log.byFormToken(token).orElseThrow(), true);
		}
	}

	private void check(RequestForm form, String phone, boolean enterprise) {
		if (phone == null && (!form.isAnonymous() || enterprise)) {
			throw ApiProblem.badInput("phone", "phone_required",
					enterprise ? "请填写联系人手机号" : "请填写手机号，以便告知办理结果（不愿留下联系方式请勾选匿名）");
		}
		if (phone != null && !MOBILE.matcher(phone).matches()) {
			throw ApiProblem.badInput("phone", "phone_invalid", "手机号应为 11 位数字，以 13–19 开头");
		}
		if (form.name() != null && form.name().strip().length() > 50) {
			throw ApiProblem.badInput("name", "name_too_long", "姓名最多 50 字");
		}
		if ((form.lng() == null || form.lat() == null) && (form.address() == null || form.address().isBlank())) {
			throw ApiProblem.badInput("address", "location_required", "请在地图上点选位置，或填写地址");
		}
	}

	private int recentFrom(String clientHash) {
		return log.byClientSince(clientHash, clock.instant().minus(properties.addressWindow()));
	}

	private Actor channel() {
		Actor actor = channel;
		if (actor == null) {
			actor = Actor.channel("portal", units.district().scope());
			channel = actor;
		}
		return actor;
	}

	private static ApiProblem tooMany(String field, String message) {
		return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", message,
				List.of(new ApiProblem.FieldError(field, message)), null);
	}

	/** Addresses and phones are counted, not kept: only their SHA-256 is stored. */
	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(("zhili-portal|" + value).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
