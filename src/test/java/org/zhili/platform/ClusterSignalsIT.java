package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

/**
 * A change made on another node reaches this one: what another node sends (a NOTIFY on the shared database, as its
 * {@link ClusterSignals} writes it) is handed to this node's handlers once its transaction commits and not if it
 * rolls back, this node does not hear itself, and the urban catalogue (held in memory) shows a class another node
 * changed at once rather than after its minute of expiry.
 */
@ZhiliIntegrationTest
class ClusterSignalsIT {

	@Autowired
	ClusterSignals signals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Api api;

	@Test
	void whatAnotherNodeSendsArrivesOnceCommitted() {
		List<String> heard = new CopyOnWriteArrayList<>();
		signals.on("test.heard", heard::add);

		signals.send("test.heard", "from this node");
		transactions.executeWithoutResult(tx -> {
			fromAnotherNode("test.heard", "rolled back");
			tx.setRollbackOnly();
		});
		transactions.executeWithoutResult(tx -> fromAnotherNode("test.heard", "committed"));

		await("the other node's signal").atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
		// NOTIFYs arrive in commit order: had the first two been delivered, they would be here before it.
		assertThat(heard).containsExactly("committed");
	}

	@Test
	void aCatalogueClassChangedOnAnotherNodeShowsAtOnce() {
		String original = closeCondition();
		assertThat(api.get("/api/v1/urban/catalogue", "chengguan").json().toString()).contains(original)
			.doesNotContain("另一节点修改的结案条件");
		try {
			anotherNodeSets("另一节点修改的结案条件");
			await("the catalogue read again").atMost(Duration.ofSeconds(10))
				.until(() -> api.get("/api/v1/urban/catalogue", "chengguan").json().toString().contains("另一节点修改的结案条件"));
		}
		finally {
			anotherNodeSets(original);
		}
	}

	private String closeCondition() {
		return jdbc.sql("select close_condition from urban.catalogue_class where kind = 'COMPONENT' and code = '0101'")
			.query(String.class).single();
	}

	/** Another node's save: its row, and its signal in the same transaction. */
	private void anotherNodeSets(String closeCondition) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("update urban.catalogue_class set close_condition = :c where kind = 'COMPONENT' and code = '0101'")
				.param("c", closeCondition).update();
			fromAnotherNode("urban.catalogue", "COMPONENT:0101");
		});
	}

	/** What {@link ClusterSignals#send} of another node writes. */
	private void fromAnotherNode(String topic, String payload) {
		jdbc.sql("select pg_notify('zhili_cluster', :m)").param("m", "another-node|" + topic + "|" + payload).query()
			.listOfRows();
	}
}
