package org.zhili.plans.internal.ingestion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.plans.internal.plan.PublishInput;
import org.zhili.platform.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an upload (.txt in UTF-8, .docx, .pdf with a text layer, .xlsx) or pasted text into a stored draft plan for
 * review. Refuses, with a message naming the field, what cannot be read: empty or binary content, other formats,
 * text without a single sentence.
 */
@Service
public class IngestService {

	/** Longest text accepted (characters): about ten times a district's government work report. */
	static final int MAX_CHARS = 400_000;

	/** A stored draft: its id, where it came from, the text and what was read from it. */
	public record Draft(long id, String sourceName, String text, DraftPlan draft, Long planId) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrgUnits units;

	IngestService(JdbcClient jdbc, JsonMapper json, OrgUnits units) {
		this.jdbc = jdbc;
		this.json = json;
		this.units = units;
	}

	/** The units a document may name as accountable: departments and streets. */
	private List<OrgUnit> unitList() {
		List<OrgUnit> all = new ArrayList<>(units.departments());
		all.addAll(units.streets());
		return all;
	}

	/**
	 * The text of an uploaded file, by its name's extension or else its content type: UTF-8 text and PDF cleaned of
	 * page furniture, DOCX with its heading signals, XLSX as tab-separated rows.
	 */
	static DocumentText read(String filename, String contentType, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw ApiProblem.badInput("file", "empty_document", "上传的文件是空的");
		}
		return switch (DocumentFormat.of(filename, contentType)) {
			case TEXT -> DocumentText.plain(WebFurniture.clean(utf8(bytes, "file")));
			case DOCX -> DocxReader.read(bytes);
			case PDF -> DocumentText.plain(WebFurniture.clean(PdfReader.read(bytes).text()));
			case XLSX -> XlsxReader.read(bytes);
		};
	}

	static String utf8(byte[] bytes, String field) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			checkText(text, field);
			return text;
		}
		catch (CharacterCodingException e) {
			throw ApiProblem.badInput(field, "binary_document", "内容不是 UTF-8 文本（可能是二进制文件或其他编码）；请另存为 UTF-8 文本或 .docx");
		}
	}

	/** Refuses empty, binary-looking and oversized text. */
	static void checkText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw ApiProblem.badInput(field, "empty_document", "文本是空的");
		}
		if (text.length() > MAX_CHARS) {
			throw ApiProblem.badInput(field, "document_too_long", "文本过长：最多 " + MAX_CHARS + " 字");
		}
		long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
		if (control > 0 && control * 100 > text.length()) {
			throw ApiProblem.badInput(field, "binary_document", "内容含大量控制字符，像是二进制文件而不是文本");
		}
		if (text.indexOf('\0') >= 0) {
			throw ApiProblem.badInput(field, "binary_document", "内容含空字符，像是二进制文件而不是文本");
		}
	}

	/** Reads pasted or stored text (cleaned of web-page furniture first) and stores the draft. */
	@Transactional
	public Draft ingest(String sourceName, String text, String field, Actor actor) {
		checkText(text, field);
		String cleaned = WebFurniture.clean(text);
		if (cleaned.isBlank()) {
			throw ApiProblem.badInput(field, "empty_document", "去掉网页菜单、页脚、页码等内容后没有正文");
		}
		return ingest(sourceName, DocumentText.plain(cleaned), field, actor);
	}

	/**
	 * Reads a document and stores the draft. Any text with sentences gives a draft (without an outline, read by
	 * paragraphs and sentences, as its notes say); a text without a single sentence is refused (422) and not stored.
	 */
	@Transactional
	public Draft ingest(String sourceName, DocumentText document, String field, Actor actor) {
		checkText(document.text(), field);
		String text = document.text();
		DraftPlan draft = new DraftReader(UnitNames.of(units.district().shortName(), unitList())).read(document);
		long id = jdbc.sql("""
				insert into plans.draft (source_name, source_text, draft, created_by)
				values (:n, :t, cast(:d as jsonb), :by) returning id""")
			.param("n", sourceName).param("t", text).param("d", json.writeValueAsString(draft))
			.param("by", actor == null ? "system" : actor.username()).query(Long.class).single();
		return new Draft(id, sourceName, text, draft, null);
	}

	@Transactional(readOnly = true)
	public Draft draft(long id) {
		return jdbc.sql("select * from plans.draft where id = :id").param("id", id)
			.query((rs, n) -> new Draft(rs.getLong("id"), rs.getString("source_name"), rs.getString("source_text"),
					json.readValue(rs.getString("draft"), DraftPlan.class), (Long) rs.getObject("plan_id")))
			.optional().orElseThrow(() -> ApiProblem.notFound("draft_not_found", "草稿不存在"));
	}

	/** The draft as a publishing input, units left to the reviewer. */
	public static PublishInput asInput(DraftPlan d, String title) {
		// What the text named for a task (a 任务分解表's lead unit, co-units, deadline) goes with it.
		java.util.Map<String, DraftPlan.Item> byTask = new java.util.HashMap<>();
		(d.items() == null ? List.<DraftPlan.Item>of() : d.items()).stream()
			.filter(i -> i.kind() == ItemKind.TASK && i.ref().startsWith("task:"))
			.forEach(i -> byTask.put(i.ref().substring(5), i));
		return new PublishInput(title != null ? title : d.title() != null ? d.title() : "未命名计划",
				d.year(), "WORK_POINTS", null, false,
				d.sections().stream().map(s -> new PublishInput.SectionIn(s.key(), s.parent(), s.number(), s.title(),
						s.level(), s.retrospective())).toList(),
				d.tasks().stream().map(t -> {
					DraftPlan.Item i = byTask.get(t.key());
					return new PublishInput.TaskIn(t.key(), t.section(), t.number(), t.title(), t.text(),
							i == null ? null : i.unitCode(), i == null || i.coUnits() == null ? List.of() : i.coUnits(),
							null, i == null ? null : i.due(), null, List.of(), t.start(), t.end());
				}).toList(),
				d.targets().stream().map(IngestService::quantity).toList(),
				d.actuals().stream().map(IngestService::quantity).toList());
	}

	public static PublishInput.TargetIn quantity(DraftPlan.Quantity q) {
		return new PublishInput.TargetIn(q.indicator(), q.comparator(), q.value(), q.upper(), q.unit(), q.qualifier(),
				q.period(), q.main(), q.task(), q.quote(), null);
	}
}
