package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.zhili.inspection.CreditClass;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.zhili.inspection.internal.draw.JsonFields.array;
import static org.zhili.inspection.internal.draw.JsonFields.date;
import static org.zhili.inspection.internal.draw.JsonFields.integer;
import static org.zhili.inspection.internal.draw.JsonFields.integers;
import static org.zhili.inspection.internal.draw.JsonFields.object;
import static org.zhili.inspection.internal.draw.JsonFields.smallInteger;
import static org.zhili.inspection.internal.draw.JsonFields.text;
import static org.zhili.inspection.internal.draw.JsonFields.textOrNull;

/** {@link DrawInputs} as a JSON tree and back; field names are the record components'. */
final class InputsCodec {

	/** A ratio as written: plain decimal digits, the form every language parses alike. */
	private static final Pattern RATIO = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	private InputsCodec() {
	}

	static ObjectNode toTree(DrawInputs in) {
		ObjectNode root = CanonicalJson.object();
		root.put("algorithm", in.algorithm());
		root.put("day", in.day().toString());
		ArrayNode subjects = root.putArray("subjects");
		for (Candidate c : in.subjects()) {
			ObjectNode s = subjects.addObject();
			s.put("subjectId", c.subjectId());
			s.put("creditCode", c.creditCode());
			s.put("creditClass", c.creditClass().name());
			s.put("weight", c.weight());
			s.put("weightReason", c.weightReason());
		}
		ObjectNode ratios = root.putObject("ratios");
		in.ratios().forEach((c, r) -> ratios.put(c.name(), r.toPlainString()));
		ObjectNode seats = root.putObject("seats");
		in.seats().forEach(seats::put);
		ArrayNode inspectors = root.putArray("inspectors");
		for (InspectorCandidate i : in.inspectors()) {
			ObjectNode n = inspectors.addObject();
			n.put("inspectorId", i.inspectorId());
			n.put("departmentCode", i.departmentCode());
			n.put("licenceExpires", i.licenceExpires().toString());
			ArrayNode codes = n.putArray("conflictCreditCodes");
			i.conflictCreditCodes().forEach(codes::add);
		}
		ObjectNode last = root.putObject("lastInspectors");
		in.lastInspectors().forEach((subject, ids) -> {
			ArrayNode a = last.putArray(Long.toString(subject));
			ids.forEach(a::add);
		});
		return root;
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
		return new DrawInputs(text(root, "algorithm"), date(root, "day"), subjects, ratios, seats, inspectors, last);
	}
}
