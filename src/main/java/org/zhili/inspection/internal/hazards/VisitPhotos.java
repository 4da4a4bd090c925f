package org.zhili.inspection.internal.hazards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.inspection.internal.rectification.PhotoUpload;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Photos;

/** A visit's photos, in the kit's photo store: taken by whoever may record for the campaign, seen by its readers. */
@Service
@Transactional
public class VisitPhotos {

	/** The loop of a visit's photos. */
	static final String VISIT_LOOP = "hazard-visit";

	private final CampaignStore store;
	private final CampaignRecorders recorders;
	private final Photos photos;
	private final Clock clock;

	VisitPhotos(CampaignStore store, CampaignRecorders recorders, Photos photos, Clock clock) {
		this.store = store;
		this.recorders = recorders;
		this.photos = photos;
		this.clock = clock;
	}

	/** Keeps photos with the visit: by the campaign's recorders, or whoever recorded the visit. */
	public List<Photos.Photo> add(long visitId, List<PhotoUpload> uploads, Actor by) {
		CampaignStore.VisitRow v = visit(visitId);
		if (!recorders.mayRecord(v.campaignId(), by) && !by.username().equals(v.recordedBy())) {
			throw ApiProblem.forbidden("not_in_team", "只有本次行动检查组的成员（或牵头部门）可以上传检查照片");
		}
		if (uploads.isEmpty()) {
			throw ApiProblem.badInput("photos", "empty_file", "请选择照片");
		}
		Instant now = clock.instant();
		List<Photos.Photo> kept = new ArrayList<>();
		for (PhotoUpload u : uploads) {
			kept.add(photos.store(VISIT_LOOP, visitId, null, u.fileName(), u.bytes(), by.username(), now));
		}
		return kept;
	}

	@Transactional(readOnly = true)
	public List<Photos.Photo> of(long visitId) {
		visit(visitId);
		return photos.of(VISIT_LOOP, visitId);
	}

	/** The kit's addresses of the photos of those visits that have any, by visit. */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> urls(List<Long> visitIds) {
		Map<Long, List<String>> urls = new HashMap<>();
		for (Long id : photos.counts(VISIT_LOOP, visitIds).keySet()) {
			urls.put(id, photos.of(VISIT_LOOP, id).stream().map(p -> "/api/v1/photos/" + VISIT_LOOP + "/" + id + "/" + p.id()).toList());
		}
		return urls;
	}

	/** Whether the visit exists (campaigns are read by everyone with INSPECTION_VIEW, their photos too). */
	@Transactional(readOnly = true)
	public boolean visitExists(long visitId) {
		return store.visit(visitId).isPresent();
	}

	private CampaignStore.VisitRow visit(long visitId) {
		return store.visit(visitId).orElseThrow(() -> ApiProblem.notFound("visit_not_found", "没有这次检查记录"));
	}
}
