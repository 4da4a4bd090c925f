package org.zhili.petitions.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.PetitionHistory;
import org.zhili.petitions.PetitionKind;
import org.zhili.petitions.PetitionOpinion;
import org.zhili.petitions.PetitionState;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Exports;
import org.zhili.process.Exports.Column;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;
import org.zhili.process.WordDocument;

/** 信访 over HTTP: register, read, route, handle, reply, review, 领导包案, campaigns, figures and documents. */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "信访", description = "《信访工作条例》：登记（走访、来信、网上、来电、12345转办、上级转送）、分类交办、办理、处理意见书、复查复核、领导包案、积案化解、年度报告")
class PetitionController {

	record RegisterRequest(PetitionChannel channel, String title, String content, String petitionerName,
			String petitionerPhone, String petitionerIdNumber, String address, String streetCode, Integer groupSize,
			List<String> representatives, String caseNumber) {
	}

	record RouteRequest(PetitionKind kind, Boolean legalMatter, String accusedUnit, String accusedPerson,
			String procedure, String handlingUnit, String note) {
	}

	record TextRequest(String text) {
	}

	record ReplyRequest(PetitionOpinion opinion, String text) {
	}

	record CampaignRequest(String title, LocalDate targetDate) {
	}

	static final int MAX_ROWS = 5000;

	private final PetitionRegistration registration;
	private final PetitionSteps steps;
	private final PetitionQueries queries;
	private final PetitionFigures figures;
	private final PetitionCampaigns campaigns;
	private final PetitionDocuments documents;
	private final PetitionRules rules;
	private final Exports exports;
	private final Journal journal;
	private final Clock clock;

	PetitionController(PetitionRegistration registration, PetitionSteps steps, PetitionQueries queries,
			PetitionFigures figures, PetitionCampaigns campaigns, PetitionDocuments documents, PetitionRules rules,
			Exports exports, Journal journal, Clock clock) {
		this.registration = registration;
		this.steps = steps;
		this.queries = queries;
		this.figures = figures;
		this.campaigns = campaigns;
		this.documents = documents;
		this.rules = rules;
		this.exports = exports;
		this.journal = journal;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "信访件列表（信访部门和区领导见全部；承办单位见其承办的；街道见本街道已交办的；被检举控告的单位永远看不到检举控告）")
	List<PetitionViews.Line> list(Actor actor, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "500") int limit) {
		return queries.lines(filter(state, kind, channel, unit, q, year, null, limit), actor);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	@Operation(summary = "登记信访件：多人走访（超过5人）须推选1至5名代表；caseNumber 为12345工单编号时作为12345转办登记并双向关联；15日内分类交办")
	ResponseEntity<PetitionViews.Detail> register(@RequestBody RegisterRequest r, Actor actor) {
		var origin = r.caseNumber() == null || r.caseNumber().isBlank() ? null : registration.caseEnd(r.caseNumber(), actor);
		PetitionChannel channel = origin != null && r.channel() == null ? PetitionChannel.HOTLINE_TRANSFER : r.channel();
		Petitions.Registered reg = registration.register(new Petitions.NewPetition(channel, r.title(), r.content(),
				new Petitions.Petitioner(r.petitionerName(), r.petitionerPhone(), r.petitionerIdNumber()), r.address(),
				r.streetCode(), r.groupSize() == null ? 1 : r.groupSize(), r.representatives(), origin), actor,
				clock.instant());
		return ResponseEntity.created(URI.create("/api/v1/petitions/" + reg.id())).body(queries.detail(reg.id(), actor));
	}

	@GetMapping("/draft")
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	@Operation(summary = "从12345工单（case=工单编号）预填信访登记")
	PetitionRegistration.Draft draft(Actor actor, @RequestParam(name = "case") String caseNumber) {
		return registration.draft(caseNumber, actor);
	}

	@GetMapping("/procedures")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "申诉求决类事项的法定途径（配置数据）")
	List<PetitionRules.Procedure> procedures() {
		return rules.procedures();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "一件信访：信访人（脱敏）、分类去向、给信访人的答复、意见书、期限、关联事项、时间线、督办和可做的操作")
	PetitionViews.Detail get(@PathVariable long id, Actor actor) {
		return queries.detail(id, actor);
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "全过程记录")
	List<TimelineEntry> timeline(@PathVariable long id, Actor actor) {
		return queries.timeline(id, actor);
	}

	@PostMapping("/{id}/route")
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	@Operation(summary = "分类交办：涉法涉诉转政法委；检举控告转纪委监委（须写明被检举控告单位）；申诉求决有法定途径的引导至法定途径；其余交办街道或转送部门")
	PetitionViews.Detail route(@PathVariable long id, @RequestBody RouteRequest r, Actor actor) {
		steps.route(id, new PetitionHistory.Routing(r.kind(), Boolean.TRUE.equals(r.legalMatter()), r.accusedUnit(),
				r.accusedPerson(), r.procedure(), r.handlingUnit(), r.note()), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/note")
	@PreAuthorize("hasAuthority('PETITION_HANDLE')")
	@Operation(summary = "记录办理情况（联系信访人、调查核实）")
	PetitionViews.Detail note(@PathVariable long id, @RequestBody TextRequest r, Actor actor) {
		steps.note(id, r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/extend")
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	@Operation(summary = "批准延长办理期限（一次，最多30日），理由告知信访人")
	PetitionViews.Detail extend(@PathVariable long id, @RequestBody TextRequest r, Actor actor) {
		steps.extend(id, r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasAuthority('PETITION_HANDLE')")
	@Operation(summary = "承办单位出具信访处理意见书：opinion 为 SUPPORT（支持）/ EXPLAIN（解释说明）/ REJECT（不予支持）")
	PetitionViews.Detail reply(@PathVariable long id, @RequestBody ReplyRequest r, Actor actor) {
		steps.reply(id, r.opinion(), r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	@Operation(summary = "复查或复核意见（复核后终结，同一事实和理由不再受理）")
	PetitionViews.Detail review(@PathVariable long id, @RequestBody ReplyRequest r, Actor actor) {
		steps.review(id, r.opinion(), r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/lead")
	@PreAuthorize("hasAuthority('PETITION_LEAD')")
	@Operation(summary = "领导包案（text：包案方案）")
	PetitionViews.Detail lead(@PathVariable long id, @RequestBody TextRequest r, Actor actor) {
		steps.takeLead(id, r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/lead-visit")
	@PreAuthorize("hasAuthority('PETITION_LEAD')")
	@Operation(summary = "包案领导走访、接访记录")
	PetitionViews.Detail leadVisit(@PathVariable long id, @RequestBody TextRequest r, Actor actor) {
		steps.leadVisit(id, r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@PostMapping("/{id}/lead-report")
	@PreAuthorize("hasAuthority('PETITION_LEAD')")
	@Operation(summary = "包案结案报告")
	PetitionViews.Detail leadReport(@PathVariable long id, @RequestBody TextRequest r, Actor actor) {
		steps.leadReport(id, r.text(), actor, clock.instant());
		return queries.detail(id, actor);
	}

	@GetMapping("/{id}/opinion.docx")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "信访处理（复查、复核）意见书 Word")
	ResponseEntity<byte[]> opinion(@PathVariable long id, Actor actor) {
		return docx(documents.opinion(id, actor), "意见书-" + id + ".docx");
	}

	@GetMapping("/figures")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "年度统计（仅含读者可见的信访件；重复信访不重复统计）")
	PetitionFigures.Figures figures(Actor actor, @RequestParam(required = false) Integer year) {
		return figures.year(year(year), actor);
	}

	@GetMapping("/report.docx")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "信访情况年度报告（Word 草稿）")
	ResponseEntity<byte[]> yearly(Actor actor, @RequestParam(required = false) Integer year) {
		int y = year(year);
		return docx(documents.yearly(y, actor), "信访情况年度报告-" + y + ".docx");
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "导出信访件（Excel，含时间线；信访人姓名脱敏）")
	void export(Actor actor, HttpServletResponse response, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year) throws IOException {
		List<PetitionViews.Line> lines = queries.lines(filter(state, kind, channel, unit, q, year, null, MAX_ROWS + 1), actor);
		List<Column<PetitionViews.Line>> columns = List.of(Column.of("编号", 18, PetitionViews.Line::trackingNumber),
				Column.of("形式", 10, PetitionViews.Line::channelLabel), Column.of("类别", 10, PetitionViews.Line::kindLabel),
				Column.of("信访事项", 40, PetitionViews.Line::title), Column.of("信访人", 10, PetitionViews.Line::petitioner),
				Column.of("人数", 6, PetitionViews.Line::groupSize), Column.of("街道", 14, PetitionViews.Line::streetName),
				Column.of("承办单位", 18, PetitionViews.Line::unitName), Column.of("状态", 12, PetitionViews.Line::stateLabel),
				Column.of("登记时间", 18, PetitionViews.Line::registeredAt), Column.of("期限", 18, PetitionViews.Line::due),
				Column.of("重复信访", 8, PetitionViews.Line::repeat));
		exports.export(Exports.Spec.of("petitions", "信访件", filterText(state, kind, channel, unit, q, year), columns, MAX_ROWS)
			.withTimeline(PetitionViews.Line::trackingNumber, l -> journal.timeline(PetitionRegistration.LOOP, l.id()))
			.withNote("个人信息", "信访人姓名按读者权限脱敏；身份证号、电话不导出"), Exports.Rows.of(lines), actor, response);
	}

	@GetMapping("/campaigns")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "积案化解专项")
	List<PetitionStore.CampaignRow> campaigns() {
		return campaigns.list();
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	@Operation(summary = "发起积案化解专项：列入超过办理期限或进入复查复核的信访件")
	PetitionCampaigns.Report openCampaign(@RequestBody CampaignRequest r, Actor actor) {
		long id = campaigns.open(r.title(), r.targetDate(), actor, clock.instant());
		return campaigns.report(id, actor);
	}

	@GetMapping("/campaigns/{id}")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "积案化解周报：各单位化解进度")
	PetitionCampaigns.Report campaign(@PathVariable long id, Actor actor) {
		return campaigns.report(id, actor);
	}

	@GetMapping("/campaigns/{id}/export.xlsx")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	@Operation(summary = "积案化解周报导出（Excel）")
	void exportCampaign(@PathVariable long id, Actor actor, HttpServletResponse response) throws IOException {
		PetitionCampaigns.Report report = campaigns.report(id, actor);
		List<Column<PetitionCampaigns.Item>> columns = List.of(
				Column.of("编号", 18, PetitionCampaigns.Item::trackingNumber), Column.of("信访事项", 40, PetitionCampaigns.Item::title),
				Column.of("承办单位", 18, PetitionCampaigns.Item::unitName), Column.of("列入原因", 12, PetitionCampaigns.Item::reason),
				Column.of("状态", 12, PetitionCampaigns.Item::stateLabel), Column.of("已化解", 8, PetitionCampaigns.Item::resolved));
		exports.export(Exports.Spec.of("petition-campaigns", "积案", report.title(), columns, MAX_ROWS)
			.withNote("目标日期", report.targetDate().toString())
			.withNote("进度", report.resolved() + "/" + report.total())
			.withNote("本周化解", report.resolvedThisWeek() + " 件（" + report.weekFrom() + " 起）"), Exports.Rows.of(report.items()),
				actor, response);
	}

	static PetitionStore.Filter filter(String state, String kind, String channel, String unit, String q, Integer year,
			String lead, int limit) {
		return new PetitionStore.Filter(parse(PetitionState.class, "state", state), parse(PetitionKind.class, "kind", kind),
				parse(PetitionChannel.class, "channel", channel), blank(unit), null, blank(q), year, lead,
				Math.max(1, Math.min(limit, MAX_ROWS + 1)));
	}

	private static String filterText(String state, String kind, String channel, String unit, String q, Integer year) {
		StringBuilder b = new StringBuilder();
		if (state != null && !state.isBlank()) b.append("状态=").append(state).append(' ');
		if (kind != null && !kind.isBlank()) b.append("类别=").append(kind).append(' ');
		if (channel != null && !channel.isBlank()) b.append("形式=").append(channel).append(' ');
		if (unit != null && !unit.isBlank()) b.append("承办单位=").append(unit).append(' ');
		if (q != null && !q.isBlank()) b.append("关键词=").append(q).append(' ');
		if (year != null) b.append("年度=").append(year);
		return b.toString().strip();
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput(field, "invalid_" + field, "无效的取值：" + value);
		}
	}

	private int year(Integer year) {
		return year != null ? year : LocalDate.ofInstant(clock.instant(), PetitionViews.ZONE).getYear();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static ResponseEntity<byte[]> docx(byte[] bytes, String name) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(WordDocument.DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}
}
