package org.zhili.routing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.routing.internal.model.Corpus;
import org.zhili.routing.internal.model.Message;
import org.zhili.routing.internal.model.ModelCommand;
import org.zhili.routing.internal.model.RoutingModel;
import org.zhili.routing.internal.model.Similarity;

/**
 * The model in service: the newest active one retrained from the platform's history, or else the one that
 * ships with zhili. Swapped atomically when a retraining finishes. Also holds the shipped corpus (for
 * retraining) and the bigram statistics duplicate detection weighs texts by.
 */
@Component
class Models {

	private static final Logger log = LoggerFactory.getLogger(Models.class);

	private final JdbcClient jdbc;
	private final AtomicReference<RoutingModel> current = new AtomicReference<>();
	private final RoutingModel shipped;
	private volatile List<Message> corpus;
	private volatile Similarity similarity;

	Models(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.shipped = readResource(ModelCommand.MODEL);
		RoutingModel stored = jdbc.sql("select content from routing.model where active order by id desc limit 1")
			.query((rs, n) -> RoutingModel.read(new ByteArrayInputStream(rs.getBytes(1))))
			.optional()
			.orElse(null);
		current.set(stored != null ? stored : shipped);
		RoutingModel m = current.get();
		log.info("Routing model {} ({}, {} labels, {} features, {} examples)", m.info().version(), m.info().recipe(),
				m.labels().size(), m.features(), m.info().examples());
		// warm the classifier so that the first request is as fast as the others
		for (int i = 0; i < 200; i++) {
			m.predict("小区路灯不亮", "小区路灯不亮\n我家小区门口的路灯坏了一个多月，晚上出行很不安全，希望尽快维修。", 5);
		}
	}

	RoutingModel current() {
		return current.get();
	}

	RoutingModel shipped() {
		return shipped;
	}

	void use(RoutingModel model) {
		current.set(model);
	}

	/** The labelled messages the shipped model was trained on. */
	List<Message> corpus() {
		List<Message> c = corpus;
		if (c == null) {
			try (InputStream in = new ClassPathResource(ModelCommand.CORPUS).getInputStream()) {
				c = Corpus.readShipped(in);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read " + ModelCommand.CORPUS, e);
			}
			corpus = c;
		}
		return c;
	}

	/** Text similarity weighted by the corpus's bigram statistics. */
	Similarity similarity() {
		Similarity s = similarity;
		if (s == null) {
			s = Similarity.over(corpus().stream().map(Message::text).toList());
			similarity = s;
		}
		return s;
	}

	private static RoutingModel readResource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return RoutingModel.read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the routing model " + path + " is missing from the application", e);
		}
	}
}
