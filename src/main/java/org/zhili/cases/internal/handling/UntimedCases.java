package org.zhili.cases.internal.handling;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.process.UntimedItems;

/** Open cases of a database from before the process kit: their deadlines, as the cases store them, become clocks. */
@Component
class UntimedCases implements UntimedItems {

	private static final int CHUNK = 500;

	private final CaseClocks caseClocks;
	private final CaseRepository cases;
	private final JdbcClient jdbc;

	UntimedCases(CaseClocks caseClocks, CaseRepository cases, JdbcClient jdbc) {
		this.caseClocks = caseClocks;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@Override
	public String loop() {
		return CaseClocks.LOOP;
	}

	@Override
	public int adopt() {
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
		return open.size();
	}
}
