package org.zhili.routing.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ApiProblem;
import tools.jackson.databind.json.JsonMapper;
import org.zhili.routing.internal.model.DevSplit;
import org.zhili.routing.internal.model.Message;
import org.zhili.routing.internal.model.Metrics;
import org.zhili.routing.internal.model.Recipe;
import org.zhili.routing.internal.model.RoutingModel;
import org.zhili.routing.internal.model.Trainer;

/**
 * Retrains the classifier from the shipped corpus and the platform's own history (each case's latest lesson:
 * a correction, a dispatch after a return, or its category at close), with the shipped model's recipe. A
 * category the shipped model does not know is learnt once history has enough examples of it.
 * <p>
 * The candidate replaces the running model only when it is not worse on held-out examples: the corpus's dev split
 * and the history of every fifth case (by case id) are never learnt from, by any model (the shipped one included), so
 * the running model and the candidate are measured on messages neither has seen. Every retraining is kept (taken or not) with both figures; the running model can be reverted
 * to the shipped one.
 */
@Service
class Retraining {

	/** How the held-out history is chosen: the cases whose id is a multiple of this. */
	static final int HELD_OUT_EVERY = 5;

	/** The share of the shipped corpus held out as its dev split (as the shipped model was trained). */
	private static final double DEV_SHARE = 0.2;

	/** A model's figures on the held-out examples. */
	record Figures(double macroF1, double accuracy, Map<String, Double> f1ByCategory) {

		static Figures of(RoutingModel model, List<Message> heldOut) {
			List<String> labels = model.labels();
			int[] truth = new int[heldOut.size()], predicted = new int[heldOut.size()];
			for (int i = 0; i < heldOut.size(); i++) {
				Message m = heldOut.get(i);
				truth[i] = labels.indexOf(m.label());
				predicted[i] = model.predict(m.title(), m.text(), 0).best();
			}
			Metrics metrics = Metrics.of(labels, truth, predicted);
			Map<String, Double> f1 = new LinkedHashMap<>();
			for (int k = 0; k < labels.size(); k++) {
				f1.put(labels.get(k), round(metrics.f1(k)));
			}
			return new Figures(round(metrics.macroF1()), round(metrics.accuracy()), f1);
		}
	}

	/** What a retraining did: the candidate's figures against the running model's, and whether it was taken. */
	record Result(String version, int examples, int historyExamples, List<String> labels, double seconds,
			double agreement, int heldOut, Figures before, Figures after, boolean accepted) {
	}

	private final Models models;
	private final TrainingExamples examples;
	private final RoutingProperties properties;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AuditTrail audit;
	private final Clock clock;
	private final AtomicBoolean running = new AtomicBoolean();

	Retraining(Models models, TrainingExamples examples, RoutingProperties properties, JdbcClient jdbc, JsonMapper json,
			AuditTrail audit, Clock clock) {
		this.models = models;
		this.examples = examples;
		this.properties = properties;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	Result retrain(Actor actor) {
		if (!running.compareAndSet(false, true)) {
			throw ApiProblem.conflict("retraining_running", "模型正在重新训练，请稍后再试");
		}
		try {
			long start = System.nanoTime();
			// the corpus's dev split and every fifth case's history are held out of every model, the shipped one included
			DevSplit.Split split = DevSplit.split(models.corpus(), DEV_SHARE);
			List<Message> corpus = split.train();
			List<Message> history = new ArrayList<>();
			List<Message> heldOut = new ArrayList<>(split.dev());
			for (Message m : usable(examples.forTraining(properties.training().maxHistoryExamples()),
					Set.copyOf(models.shipped().labels()))) {
				(heldOut(m) ? heldOut : history).add(m);
			}
			List<Message> all = new ArrayList<>(corpus);
			all.addAll(history);
			Instant now = clock.instant();
			long n = jdbc.sql("select count(*) from routing.model").query(Long.class).single();
			String version = models.shipped().info().version() + "+history-" + (n + 1);
			RoutingModel model = Trainer.train(all, Recipe.ZHILI, version, now,
					"train.tsv (" + corpus.size() + ") + 平台历史 (" + history.size() + ")");
			RoutingModel current = models.current();
			List<Message> known = heldOut.stream().filter(m -> model.labels().contains(m.label())).toList();
			Figures before = Figures.of(current, known.stream().filter(m -> current.labels().contains(m.label())).toList());
			Figures after = Figures.of(model, known);
			boolean accepted = after.macroF1() >= before.macroF1();
			double agreement = agreement(current, model, corpus);
			store(model, version, now, all.size(), history.size(), known.size(), before, after, accepted, actor);
			if (accepted) {
				models.use(model);
				audit.success("routing.model.retrained", version, "以 " + corpus.size() + " 条语料和 " + history.size()
						+ " 条平台历史重新训练分拨模型并启用：留出检验宏平均F1 " + before.macroF1() + " → " + after.macroF1());
			}
			else {
				audit.success("routing.model.rejected", version, "重新训练的分拨模型未启用：留出检验宏平均F1 "
						+ after.macroF1() + " 低于在用模型的 " + before.macroF1());
			}
			return new Result(version, all.size(), history.size(), model.labels(), (System.nanoTime() - start) / 1e9,
					agreement, known.size(), before, after, accepted);
		}
		finally {
			running.set(false);
		}
	}

	/** Whether an example is one of the held-out cases, which no model learns from. */
	static boolean heldOut(Message m) {
		return m.id().startsWith("case:") && Long.parseLong(m.id().substring(5)) % HELD_OUT_EVERY == 0;
	}

	private void store(RoutingModel model, String version, Instant at, int examples, int history, int heldOut,
			Figures before, Figures after, boolean accepted, Actor actor) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(bytes);
		if (accepted) {
			jdbc.sql("update routing.model set active = false where active").update();
		}
		jdbc.sql("""
				insert into routing.model (version, recipe, trained_at, examples, history_examples, labels, content,
				  active, trained_by, accepted, held_out, before_macro_f1, after_macro_f1, before_accuracy, after_accuracy,
				  figures)
				values (:version, :recipe, :at, :examples, :history, :labels, :content, :active, :by, :accepted, :heldOut,
				  :beforeF1, :afterF1, :beforeAccuracy, :afterAccuracy, cast(:figures as jsonb))""")
			.param("version", version)
			.param("recipe", Recipe.ZHILI.name())
			.param("at", Timestamp.from(at))
			.param("examples", examples)
			.param("history", history)
			.param("labels", String.join(",", model.labels()))
			.param("content", bytes.toByteArray())
			.param("active", accepted)
			.param("by", actor.username())
			.param("accepted", accepted)
			.param("heldOut", heldOut)
			.param("beforeF1", before.macroF1())
			.param("afterF1", after.macroF1())
			.param("beforeAccuracy", before.accuracy())
			.param("afterAccuracy", after.accuracy())
			.param("figures", json.writeValueAsString(Map.of("before", before.f1ByCategory(), "after", after.f1ByCategory())))
			.update();
	}

	/** A retraining as kept: when, by whom, both figures and whether its model was taken. */
	record Record(String version, Instant trainedAt, String trainedBy, int heldOut, Double beforeMacroF1,
			Double afterMacroF1, Double beforeAccuracy, Double afterAccuracy, boolean accepted, boolean active) {
	}

	/** The latest retrainings, newest first. */
	List<Record> history(int limit) {
		return jdbc.sql("""
				select version, trained_at, trained_by, held_out, before_macro_f1, after_macro_f1, before_accuracy,
				  after_accuracy, accepted, active from routing.model order by id desc limit :limit""")
			.param("limit", limit)
			.query((rs, i) -> new Record(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getInt(4), (Double) number(rs.getObject(5)), (Double) number(rs.getObject(6)),
					(Double) number(rs.getObject(7)), (Double) number(rs.getObject(8)), rs.getBoolean(9), rs.getBoolean(10)))
			.list();
	}

	private static Double number(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

	/** Back to the model that ships with zhili. */
	void revert(Actor actor) {
		jdbc.sql("update routing.model set active = false where active").update();
		models.use(models.shipped());
		audit.success("routing.model.reverted", models.shipped().info().version(), "恢复为随系统发布的分拨模型");
	}

	/** History examples of known labels, and of new labels only once there are enough of them. */
	private List<Message> usable(List<Message> history, Set<String> known) {
		Map<String, Integer> counts = new HashMap<>();
		history.forEach(m -> counts.merge(m.label(), 1, Integer::sum));
		int needed = properties.training().minExamplesForNewCategory();
		return history.stream().filter(m -> known.contains(m.label()) || counts.get(m.label()) >= needed).toList();
	}

	/** Share of a fixed sample of the corpus that both models file under the same label. */
	static double agreement(RoutingModel before, RoutingModel after, List<Message> corpus) {
		int same = 0, n = 0;
		for (int i = 0; i < corpus.size(); i += 10) {
			Message m = corpus.get(i);
			String a = before.labels().get(before.predict(m.title(), m.text(), 0).best());
			String b = after.labels().get(after.predict(m.title(), m.text(), 0).best());
			same += a.equals(b) ? 1 : 0;
			n++;
		}
		return n == 0 ? 1 : Math.round(1000.0 * same / n) / 1000.0;
	}
}
