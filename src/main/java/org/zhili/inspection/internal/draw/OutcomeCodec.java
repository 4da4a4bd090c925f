package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

import static org.zhili.inspection.internal.draw.JsonFields.array;
import static org.zhili.inspection.internal.draw.JsonFields.integer;
import static org.zhili.inspection.internal.draw.JsonFields.integers;
import static org.zhili.inspection.internal.draw.JsonFields.object;
import static org.zhili.inspection.internal.draw.JsonFields.smallInteger;
import static org.zhili.inspection.internal.draw.JsonFields.text;

/** {@link DrawOutcome} as canonical JSON and back; field names are the record components'. */
final class OutcomeCodec {

	private OutcomeCodec() {
	}

	/** Writes the outcome's canonical JSON: every object's keys in code point order, as written here. */
	static void write(DrawOutcome out, JsonGenerator g) {
		g.writeStartObject();
		g.writeObjectPropertyStart("counts");
		out.counts().forEach((c, count) -> { // A, B, C, D
			g.writeObjectPropertyStart(c.name());
			g.writeNumberProperty("drawn", count.drawn());
			g.writeNumberProperty("population", count.population());
			g.writeEndObject();
		});
		g.writeEndObject();
		g.writeArrayPropertyStart("picks");
		for (Pick p : out.picks()) {
			g.writeStartObject();
			g.writeStringProperty("creditClass", p.creditClass().name());
			g.writeArrayPropertyStart("inspectorIds");
			for (long id : p.inspectorIds()) {
				g.writeNumber(id);
			}
			g.writeEndArray();
			g.writeNumberProperty("order", p.order());
			g.writeNumberProperty("subjectId", p.subjectId());
			g.writeNumberProperty("weight", p.weight());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("unstaffed");
		for (long id : out.unstaffed()) {
			g.writeNumber(id);
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("withdrawals");
		for (Withdrawal w : out.withdrawals()) {
			g.writeStartObject();
			g.writeNumberProperty("inspectorId", w.inspectorId());
			g.writeStringProperty("reason", w.reason().name());
			g.writeNumberProperty("subjectId", w.subjectId());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
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
