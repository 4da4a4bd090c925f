package org.zhili.plans.internal.ingestion;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what the reviewer does with each proposed item of a draft — accepted as read, edited (which fields), or
 * dropped — beside the reader's proposal, and counts the reader's acceptance rate per document form from it. A
 * decision can be changed until the draft is published; the last one counts.
 */
@Service
public class IngestReviews {

	/** The reviewer's version of an item: only what they may change. */
	public record Edit(ItemKind kind, String title, BigDecimal value, String unit, Integer year, String unitCode) {
	}

	/** One kept decision. */
	public record Review(String itemKey, ReviewDecision decision, List<String> changed, Edit edited, String decidedBy,
			Instant decidedAt) {
	}

	/** The reader's record on one form: items reviewed and what became of them. */
	public record FormFeedback(DocumentForm form, String label, long drafts, long reviewed, long accepted, long edited,
			long dropped, Double acceptanceRate, Double keptRate, Double meanConfidenceAccepted,
			Double meanConfidenceDropped) {
	}

	private final IngestService ingest;
	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	IngestReviews(IngestService ingest, OrgUnits units, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.ingest = ingest;
		this.units = units;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Keeps the reviewer's decision on item {@code key} of draft {@code draftId}. Accepting with changed fields is
	 * an edit; an edit that changes nothing is an acceptance.
	 */
	@Transactional
	public Review decide(long draftId, String key, ReviewDecision decision, Edit edit, Actor actor) {
		IngestService.Draft draft = ingest.draft(draftId);
		if (draft.planId() != null) {
			throw ApiProblem.conflict("draft_published", "草稿已发布，不能再修改审核结果");
		}
		if (decision == null) {
			throw ApiProblem.badInput("decision", "decision_missing", "请给出审核结果：ACCEPTED、EDITED 或 DROPPED");
		}
		DraftPlan.Item item = (draft.draft().items() == null ? List.<DraftPlan.Item>of() : draft.draft().items()).stream()
			.filter(i -> i.key().equals(key)).findFirst()
			.orElseThrow(() -> ApiProblem.notFound("item_not_found", "草稿中没有编号为 " + key + " 的建议项"));
		List<String> changed = decision == ReviewDecision.DROPPED || edit == null ? List.of() : changed(item, edit);
		if (decision == ReviewDecision.EDITED && edit != null && edit.title() != null && edit.title().isBlank()) {
			throw ApiProblem.badInput("title", "title_blank", "修改后的名称不能为空");
		}
		if (edit != null && edit.unitCode() != null && !edit.unitCode().isEmpty() && units.find(edit.unitCode()).isEmpty()) {
			throw ApiProblem.badInput("unitCode", "unknown_unit", "单位 " + edit.unitCode() + " 不存在");
		}
		ReviewDecision kept = decision == ReviewDecision.DROPPED ? decision
				: changed.isEmpty() ? ReviewDecision.ACCEPTED : ReviewDecision.EDITED;
		Edit stored = kept == ReviewDecision.EDITED ? edit : null;
		Instant now = clock.instant();
		jdbc.sql("""
				insert into plans.ingestion_review (draft_id, item_key, form, kind, confidence, proposal, decision, edited,
				    changed, decided_by, decided_at)
				values (:draft, :key, :form, :kind, :confidence, cast(:proposal as jsonb), :decision, cast(:edited as jsonb),
				    string_to_array(:changed, ','), :by, :at)
				on conflict (draft_id, item_key) do update set decision = excluded.decision, edited = excluded.edited,
				    changed = excluded.changed, decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
			.param("draft", draftId).param("key", key)
			.param("form", draft.draft().form() == null ? DocumentForm.OUTLINE.name() : draft.draft().form().name())
			.param("kind", item.kind().name()).param("confidence", BigDecimal.valueOf(item.confidence()))
			.param("proposal", json.writeValueAsString(item)).param("decision", kept.name())
			.param("edited", stored == null ? null : json.writeValueAsString(stored))
			.param("changed", String.join(",", changed)).param("by", actor.username())
			.param("at", Timestamp.from(now)).update();
		return new Review(key, kept, changed, stored, actor.username(), now);
	}

	/** The fields {@code edit} changes of {@code item}. */
	static List<String> changed(DraftPlan.Item item, Edit edit) {
		List<String> changed = new ArrayList<>();
		if (edit.kind() != null && edit.kind() != item.kind()) {
			changed.add("kind");
		}
		if (edit.title() != null && !edit.title().strip().equals(item.title())) {
			changed.add("title");
		}
		if (edit.value() != null && (item.value() == null || edit.value().compareTo(item.value()) != 0)) {
			changed.add("value");
		}
		if (edit.unit() != null && !edit.unit().strip().equals(Objects.toString(item.unit(), ""))) {
			changed.add("unit");
		}
		if (edit.year() != null && !edit.year().equals(item.year())) {
			changed.add("year");
		}
		if (edit.unitCode() != null && !edit.unitCode().equals(Objects.toString(item.unitCode(), ""))) {
			changed.add("unitCode");
		}
		return changed;
	}

	@Transactional(readOnly = true)
	public List<Review> reviews(long draftId) {
		ingest.draft(draftId);
		return jdbc.sql("""
				select item_key, decision, changed, edited, decided_by, decided_at from plans.ingestion_review
				where draft_id = :draft order by id""").param("draft", draftId)
			.query((rs, n) -> new Review(rs.getString("item_key"), ReviewDecision.valueOf(rs.getString("decision")),
					changedOf(rs.getArray("changed")), rs.getString("edited") == null ? null
							: json.readValue(rs.getString("edited"), Edit.class),
					rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/** The reader's acceptance rate per form, from every kept decision; forms never reviewed are left out. */
	@Transactional(readOnly = true)
	public List<FormFeedback> feedback() {
		Map<String, FormFeedback> byForm = new LinkedHashMap<>();
		jdbc.sql("""
				select form, count(distinct draft_id) drafts, count(*) reviewed,
				    count(*) filter (where decision = 'ACCEPTED') accepted,
				    count(*) filter (where decision = 'EDITED') edited,
				    count(*) filter (where decision = 'DROPPED') dropped,
				    avg(confidence) filter (where decision <> 'DROPPED') conf_kept,
				    avg(confidence) filter (where decision = 'DROPPED') conf_dropped
				from plans.ingestion_review group by form""")
			.query((rs, n) -> {
				DocumentForm form = DocumentForm.valueOf(rs.getString("form"));
				long reviewed = rs.getLong("reviewed");
				long accepted = rs.getLong("accepted");
				long edited = rs.getLong("edited");
				return new FormFeedback(form, form.label(), rs.getLong("drafts"), reviewed, accepted, edited,
						rs.getLong("dropped"), ratio(accepted, reviewed), ratio(accepted + edited, reviewed),
						mean(rs.getBigDecimal("conf_kept")), mean(rs.getBigDecimal("conf_dropped")));
			})
			.list().forEach(f -> byForm.put(f.form().name(), f));
		List<FormFeedback> ordered = new ArrayList<>();
		for (DocumentForm f : DocumentForm.values()) {
			if (byForm.containsKey(f.name())) {
				ordered.add(byForm.get(f.name()));
			}
		}
		return ordered;
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
	}

	private static Double mean(BigDecimal v) {
		return v == null ? null : Math.round(v.doubleValue() * 100) / 100.0;
	}

	private static List<String> changedOf(java.sql.Array array) throws java.sql.SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).filter(s -> !s.isEmpty()).toList();
	}
}
