package org.zhili.routing.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ApiProblem;
import org.zhili.routing.internal.model.Message;
import org.zhili.routing.internal.model.Recipe;
import org.zhili.routing.internal.model.RoutingModel;
import org.zhili.routing.internal.model.Trainer;

/**
 * Retrains the classifier from the shipped corpus and the platform's own history (each case's latest lesson:
 * a correction, a dispatch after a return, or its category at close), with the shipped model's recipe. A
 * category the shipped model does not know is learnt once history has enough examples of it. The new model is
 * stored, served at once, and can be reverted to the shipped one.
 */
@Service
class Retraining {

	/** What a retraining did. */
	record Result(String version, int examples, int historyExamples, List<String> labels, double seconds,
			double agreement) {
	}

	private final Models models;
	private final TrainingExamples examples;
	private final RoutingProperties properties;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final AtomicBoolean running = new AtomicBoolean();

	Retraining(Models models, TrainingExamples examples, RoutingProperties properties, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.models = models;
		this.examples = examples;
		this.properties = properties;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Result retrain(Actor actor) {
		if (!running.compareAndSet(false, true)) {
			throw ApiProblem.conflict("retraining_running", "模型正在重新训练，请稍后再试");
		}
		try {
			long start = System.nanoTime();
			List<Message> corpus = models.corpus();
			List<Message> history = usable(examples.forTraining(properties.training().maxHistoryExamples()),
					Set.copyOf(models.shipped().labels()));
			List<Message> all = new ArrayList<>(corpus);
			all.addAll(history);
			Instant now = clock.instant();
			long n = jdbc.sql("select count(*) from routing.model").query(Long.class).single();
			String version = models.shipped().info().version() + "+history-" + (n + 1);
			RoutingModel model = Trainer.train(all, Recipe.ZHILI, version, now,
					"train.tsv (" + corpus.size() + ") + 平台历史 (" + history.size() + ")");
			double agreement = agreement(models.current(), model, corpus);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			model.write(bytes);
			jdbc.sql("update routing.model set active = false where active").update();
			jdbc.sql("""
					insert into routing.model (version, recipe, trained_at, examples, history_examples, labels, content,
					  active, trained_by)
					values (:version, :recipe, :at, :examples, :history, :labels, :content, true, :by)""")
				.param("version", version)
				.param("recipe", Recipe.ZHILI.name())
				.param("at", Timestamp.from(now))
				.param("examples", all.size())
				.param("history", history.size())
				.param("labels", String.join(",", model.labels()))
				.param("content", bytes.toByteArray())
				.param("by", actor.username())
				.update();
			models.use(model);
			audit.success("routing.model.retrained", version,
					"以 " + corpus.size() + " 条语料和 " + history.size() + " 条平台历史重新训练分拨模型");
			return new Result(version, all.size(), history.size(), model.labels(), (System.nanoTime() - start) / 1e9,
					agreement);
		}
		finally {
			running.set(false);
		}
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
