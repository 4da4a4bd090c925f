package org.zhili.cases.internal.handling;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.platform.StartupWork;
import org.zhili.process.Clocks;

/**
 * A database from before the process kit has open cases whose deadlines no clock keeps: at the first start they
 * are handed to the kit once, as the demo's are when it is generated (after it, phase 0).
 */
@Component
class ClockAdoption extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(ClockAdoption.class);
	private static final int CHUNK = 500;

	private final Clocks clocks;
	private final CaseClocks caseClocks;
	private final CaseRepository cases;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	ClockAdoption(Clocks clocks, CaseClocks caseClocks, CaseRepository cases, JdbcClient jdbc,
			TransactionTemplate transactions) {
		super(1);
		this.clocks = clocks;
		this.caseClocks = caseClocks;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	protected void run() {
		transactions.executeWithoutResult(tx -> {
			lockAcrossNodes(jdbc, "cases.clock-adoption");
			if (clocks.any(CaseClocks.LOOP)) {
				return;
			}
			List<Long> open = jdbc.sql("""
					select id from cases.case_record
					where state in ('DISPATCHED', 'HANDLING', 'SUSPENDED', 'REPLIED', 'CALLBACK') order by id""")
				.query(Long.class)
				.list();
			// a chunk at a time: a district may have many open cases, and the heap need not hold them all
			for (int from = 0; from < open.size(); from += CHUNK) {
				caseClocks.adopt(open.subList(from, Math.min(from + CHUNK, open.size())).stream()
					.map(id -> cases.find(id).orElseThrow())
					.toList());
			}
			if (!open.isEmpty()) {
				log.info("Deadlines of {} open cases handed to the process kit's clocks", open.size());
			}
		});
	}
}
