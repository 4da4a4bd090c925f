package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.zhili.inspection.CreditClass;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

import static org.zhili.inspection.internal.draw.CanonicalJson.checked;
import static org.zhili.inspection.internal.draw.JsonFields.array;
import static org.zhili.inspection.internal.draw.JsonFields.date;
import static org.zhili.inspection.internal.draw.JsonFields.integer;
import static org.zhili.inspection.internal.draw.JsonFields.integers;
import static org.zhili.inspection.internal.draw.JsonFields.object;
import static org.zhili.inspection.internal.draw.JsonFields.smallInteger;
import static org.zhili.inspection.internal.draw.JsonFields.text;
import static org.zhili.inspection.internal.draw.JsonFields.textOrNull;

/** {@link DrawInputs} as canonical JSON and back; field names are the record components'. */
final class InputsCodec {

	/** A ratio as written: plain decimal digits, the form every language parses alike. */
	private static final Pattern RATIO = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	private InputsCodec() {
	}

	/** Writes the inputs' canonical JSON: every object's keys in code point order, as written here. */
	static void write(DrawInputs in, JsonGenerator g) {
		g.writeStartObject();
		g.writeStringProperty("algorithm", checked(in.algorithm()));
		g.writeStringProperty("day", in.day().toString());
		g.writeArrayPropertyStart("inspectors");
		for (InspectorCandidate i : in.inspectors()) {
			g.writeStartObject();
			g.writeArrayPropertyStart("conflictCreditCodes");
			for (String code : i.conflictCreditCodes()) {
				g.writeString(checked(code));
			}
			g.writeEndArray();
			g.writeStringProperty("departmentCode", checked(i.departmentCode()));
			g.writeNumberProperty("inspectorId", i.inspectorId());
			g.writeStringProperty("licenceExpires", i.licenceExpires().toString());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeObjectPropertyStart("lastInspectors");
		// Keys are text: "10" comes before "9".
		TreeMap<String, List<Long>> last = new TreeMap<>(CodePointOrder.INSTANCE);
		in.lastInspectors().forEach((subject, ids) -> last.put(Long.toString(subject), ids));
		last.forEach((subject, ids) -> {
			g.writeArrayPropertyStart(subject);
			for (long id : ids) {
				g.writeNumber(id);
			}
			g.writeEndArray();
		});
		g.writeEndObject();
		g.writeObjectPropertyStart("ratios");
		in.ratios().forEach((c, r) -> g.writeStringProperty(c.name(), r.toPlainString())); // A, B, C, D
		g.writeEndObject();
		g.writeObjectPropertyStart("seats");
		in.seats().forEach((code, n) -> g.writeNumberProperty(checked(code), n)); // sorted by DrawInputs
		g.writeEndObject();
		g.writeArrayPropertyStart("subjects");
		for (Candidate c : in.subjects()) {
			g.writeStartObject();
			g.writeStringProperty("creditClass", c.creditClass().name());
			g.writeStringProperty("creditCode", checked(c.creditCode()));
			g.writeNumberProperty("subjectId", c.subjectId());
			g.writeNumberProperty("weight", c.weight());
			if (c.weightReason() == null) {
				g.writeNullProperty("weightReason");
			}
			else {
				g.writeStringProperty("weightReason", checked(c.weightReason()));
			}
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	static DrawInputs fromTree(JsonNode root) {
		List<Candidate> subjects = new ArrayList<>();
		for (JsonNode s : array(root, "subjects")) {
			subjects.add(new Candidate(integer(s, "subjectId"), text(s, "creditCode"),
					JsonFields.constant(CreditClass.class, text(s, "creditClass"), "creditClass"),
					smallInteger(s, "weight"), textOrNull(s, "weightReason")));
		}
		Map<CreditClass, BigDecimal> ratios = new EnumMap<>(CreditClass.class);
		JsonNode ratiosNode = object(root, "ratios");
		for (String key : ratiosNode.propertyNames()) {
			String value = text(ratiosNode, key);
			if (!RATIO.matcher(value).matches()) {
				throw new IllegalArgumentException("抽查比例应写作十进制数字符串，如 \"3\" 或 \"2.5\"：" + value);
			}
			ratios.put(JsonFields.constant(CreditClass.class, key, "ratios"), new BigDecimal(value));
		}
		Map<String, Integer> seats = new LinkedHashMap<>();
		JsonNode seatsNode = object(root, "seats");
		for (String code : seatsNode.propertyNames()) {
			seats.put(code, smallInteger(seatsNode, code));
		}
		List<InspectorCandidate> inspectors = new ArrayList<>();
		for (JsonNode i : array(root, "inspectors")) {
			List<String> codes = new ArrayList<>();
			for (JsonNode code : array(i, "conflictCreditCodes")) {
				if (!code.isString()) {
					throw new IllegalArgumentException("字段 conflictCreditCodes 应为字符串数组");
				}
				codes.add(code.stringValue());
			}
			inspectors.add(new InspectorCandidate(integer(i, "inspectorId"), text(i, "departmentCode"),
					date(i, "licenceExpires"), codes));
		}
		Map<Long, List<Long>> last = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : object(root, "lastInspectors").properties()) {
			long subject;
			try {
				subject = Long.parseLong(e.getKey());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("lastInspectors 的键应为对象编号：" + e.getKey(), ex);
			}
			last.put(subject, integers(e.getValue(), "lastInspectors"));
		}
		return new DrawInputs(text(root, "algorithm"), date(root, "day"), subjects, ratios, seats,
				inspectors, last);
	}
}
