package org.zhili.inspection.internal.hazards;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.internal.rectification.PhotoUpload;
import org.zhili.process.Photos;

/** 隐患排查整治 over HTTP: campaigns, visits with their hazards and photos, the report and the overview. */
@RestController
@Tag(name = "隐患排查整治", description = "专项排查行动：检查组、检查对象、入户检查（检查清单、隐患、照片）、现场整改或限期整改、行动通报、全区未销号隐患")
class CampaignController {

	static final String BASE = "/api/v1/inspection/hazard-campaigns";

	private final CampaignViews campaigns;
	private final VisitPhotos visitPhotos;

	CampaignController(CampaignViews campaigns, VisitPhotos visitPhotos) {
		this.campaigns = campaigns;
		this.visitPhotos = visitPhotos;
	}

	@PostMapping(BASE)
	@PreAuthorize("hasAnyAuthority('INSPECTION_MANAGE', 'INSPECTION_SUPERVISE')")
	@Operation(summary = "发起排查行动：名称、类别、起止日期、牵头部门、检查清单、检查组（成员姓名、账号、负责街道）、检查对象（名录库筛选或选定、社区网格、某些街道的全部社区、填写的场所）")
	ResponseEntity<HazardCampaigns.Campaign> create(@RequestBody HazardCampaigns.NewCampaign campaign, Actor actor) {
		HazardCampaigns.Campaign created = campaigns.create(campaign, actor);
		return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(created);
	}

	@GetMapping(BASE)
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "排查行动列表，含各行动的检查和隐患数字")
	List<HazardCampaigns.Campaign> list(Actor actor) {
		return campaigns.list(actor);
	}

	@GetMapping(BASE + "/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一个排查行动：检查组、检查清单、数字")
	HazardCampaigns.Campaign get(@PathVariable long id, Actor actor) {
		return campaigns.get(id, actor);
	}

	@GetMapping(BASE + "/{id}/sites")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "行动的检查对象，及各自的检查次数（0 为尚未检查）")
	List<HazardCampaigns.Site> sites(@PathVariable long id, Actor actor) {
		return campaigns.sites(id, actor);
	}

	@GetMapping(BASE + "/{id}/visits")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "行动的检查记录，新的在前，各含发现的隐患")
	List<HazardCampaigns.Visit> visits(@PathVariable long id, Actor actor) {
		return campaigns.visits(id, actor);
	}

	@PostMapping(BASE + "/{id}/visits")
	@PreAuthorize("hasAnyAuthority('INSPECTION_EXECUTE', 'INSPECTION_MANAGE')")
	@Operation(summary = "记录一次检查：检查对象、检查组、时间、检查人员、已查项目、记录、发现的隐患（现场整改，或限期整改：整改单位默认所在街道或牵头部门，期限默认按等级）")
	ResponseEntity<HazardCampaigns.Visit> visit(@PathVariable long id, @RequestBody HazardCampaigns.NewVisit visit, Actor actor) {
		HazardCampaigns.Visit recorded = campaigns.recordVisit(id, visit, actor);
		return ResponseEntity.created(URI.create(BASE + "/" + id + "/visits/" + recorded.id())).body(recorded);
	}

	@GetMapping(BASE + "/{id}/hazards")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "隐患台账：每处隐患的场所、等级、是否现场整改、整改单位和期限、状态、复查结果、销号时间")
	List<HazardCampaigns.Hazard> hazards(@PathVariable long id, Actor actor) {
		return campaigns.hazards(id, actor);
	}

	@GetMapping(BASE + "/{id}/report")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "行动通报：截至今日的检查和隐患数字、通报文字、分街道和分检查项目的统计")
	HazardCampaigns.Report report(@PathVariable long id, Actor actor) {
		return campaigns.report(id, actor);
	}

	@GetMapping("/api/v1/inspection/hazards/overview")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "全区隐患概况：各街道未销号隐患、未销号重大隐患")
	HazardCampaigns.Overview overview(Actor actor) {
		return campaigns.overview(actor);
	}

	@PostMapping(path = "/api/v1/inspection/hazard-visits/{visitId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyAuthority('INSPECTION_EXECUTE', 'INSPECTION_MANAGE')")
	@Operation(summary = "上传检查照片（表单字段 photos，JPEG 或 PNG）")
	List<Photos.Photo> addPhotos(@PathVariable long visitId,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Actor actor) {
		return visitPhotos.add(visitId, PhotoUpload.from(photos), actor);
	}

	@GetMapping("/api/v1/inspection/hazard-visits/{visitId}/photos")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一次检查的照片（图片在 /api/v1/photos/hazard-visit/{visitId}/{photoId}）")
	List<Photos.Photo> photos(@PathVariable long visitId) {
		return visitPhotos.of(visitId);
	}
}
