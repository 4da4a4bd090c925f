package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.zhili.inspection.internal.draw.JsonFields.array;
import static org.zhili.inspection.internal.draw.JsonFields.integer;
import static org.zhili.inspection.internal.draw.JsonFields.integers;
import static org.zhili.inspection.internal.draw.JsonFields.object;
import static org.zhili.inspection.internal.draw.JsonFields.smallInteger;
import static org.zhili.inspection.internal.draw.JsonFields.text;

/** {@link DrawOutcome} as a JSON tree and back; field names are the record components'. */
final class OutcomeCodec {

	private OutcomeCodec() {
	}

	static ObjectNode toTree(DrawOutcome out) {
		ObjectNode root = CanonicalJson.object();
		ArrayNode picks = root.putArray("picks");
		for (Pick p : out.picks()) {
			ObjectNode n = picks.addObject();
			n.put("order", p.order());
			n.put("subjectId", p.subjectId());
			n.put("creditClass", p.creditClass().name());
			n.put("weight", p.weight());
			ArrayNode ids = n.putArray("inspectorIds");
			p.inspectorIds().forEach(ids::add);
		}
		ArrayNode withdrawals = root.putArray("withdrawals");
		for (Withdrawal w : out.withdrawals()) {
			ObjectNode n = withdrawals.addObject();
			n.put("subjectId", w.subjectId());
			n.put("inspectorId", w.inspectorId());
			n.put("reason", w.reason().name());
		}
		ArrayNode unstaffed = root.putArray("unstaffed");
		out.unstaffed().forEach(unstaffed::add);
		ObjectNode counts = root.putObject("counts");
		out.counts().forEach((c, count) -> {
			ObjectNode n = counts.putObject(c.name());
			n.put("population", count.population());
			n.put("drawn", count.drawn());
		});
		return root;
	}

	static DrawOutcome fromTree(JsonNode root) {
		List<Pick> picks = new ArrayList<>();
		for (JsonNode p : array(root, "picks")) {
			picks.add(new Pick(smallInteger(p, "order"), integer(p, "subjectId"), creditClass(text(p, "creditClass")),
					smallInteger(p, "weight"), integers(array(p, "inspectorIds"), "inspectorIds")));
		}
		List<Withdrawal> withdrawals = new ArrayList<>();
		for (JsonNode w : array(root, "withdrawals")) {
			withdrawals.add(new Withdrawal(integer(w, "subjectId"), integer(w, "inspectorId"),
					JsonFields.constant(Withdrawal.Reason.class, text(w, "reason"), "reason")));
		}
		Map<CreditClass, ClassCount> counts = new EnumMap<>(CreditClass.class);
		for (Map.Entry<String, JsonNode> e : object(root, "counts").properties()) {
			counts.put(creditClass(e.getKey()),
					new ClassCount(smallInteger(e.getValue(), "population"), smallInteger(e.getValue(), "drawn")));
		}
		return new DrawOutcome(picks, withdrawals, integers(array(root, "unstaffed"), "unstaffed"), counts);
	}

	private static CreditClass creditClass(String name) {
		return JsonFields.constant(CreditClass.class, name, "creditClass");
	}
}
