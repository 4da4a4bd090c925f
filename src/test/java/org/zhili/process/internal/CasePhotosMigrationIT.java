package org.zhili.process.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.PublicCase;
import org.zhili.cases.PublicRequests;
import org.zhili.support.Api;
import org.zhili.support.TestImages;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before the kit's photos: the cases' photos move into {@code process.photo} with their ids, so
 * the links to them keep working, and photos taken afterwards are numbered after them.
 */
@ZhiliIntegrationTest
class CasePhotosMigrationIT {

	static final String CHANGHONG = "120104001000";

	/** Runs a migration script as Flyway does: plain statements. */
	@Autowired
	JdbcTemplate migration;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Api api;

	@Autowired
	PublicRequests publicRequests;

	@Test
	void theCasesPhotosMoveWithTheirIdsAndTheirLinksStillWork() throws IOException {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		long caseId = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "路灯不亮" + UUID.randomUUID(), "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "赵六", "phone", "13700004444"))).get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		long event = migration.queryForObject("select max(id) from cases.case_event where case_id = ?", Long.class, caseId);
		byte[] png = TestImages.png(16, 16);
		String script = new ClassPathResource("db/migration/V14_4__case_photos_to_kit.sql").getContentAsString(StandardCharsets.UTF_8);

		long first = transactions.execute(status -> {
			// the table as V5 made it, holding two photos
			migration.execute("""
					create table cases.attachment (
					    id bigint generated always as identity primary key,
					    case_id bigint not null references cases.case_record (id),
					    event_id bigint references cases.case_event (id),
					    file_name varchar(100) not null, content_type varchar(40) not null, size_bytes int not null,
					    sha256 char(64) not null, content bytea not null, uploaded_by varchar(100) not null,
					    uploaded_at timestamptz not null)""");
			long id = migration.queryForObject("select coalesce(max(id), 0) + 100 from process.photo", Long.class);
			Timestamp at = Timestamp.from(Instant.parse("2025-06-01T02:00:00Z"));
			for (int i = 0; i < 2; i++) {
				migration.update("""
						insert into cases.attachment (id, case_id, event_id, file_name, content_type, size_bytes, sha256,
						  content, uploaded_by, uploaded_at)
						overriding system value values (?, ?, ?, ?, 'image/png', ?, repeat('a', 64), ?, 'changhong', ?)""",
						id + i, caseId, i == 0 ? event : null, "old" + i + ".png", png.length, png, at);
			}
			migration.execute(script);
			return id;
		});

		assertThat(migration.queryForObject("select to_regclass('cases.attachment')", String.class)).isNull();
		assertThat(migration.queryForList("select step from process.photo where loop = 'case' and item_id = ? order by id",
				Long.class, caseId)).containsExactly(event, null);
		JsonNode kase = cases.view(caseId, "changhong");
		assertThat(kase.get("attachments").valueStream().map(a -> a.get("id").asLong()).toList())
			.containsExactly(first, first + 1);
		assertThat(kase.get("attachments").get(0).get("fileName").asString()).isEqualTo("old0.png");
		Api.Response old = api.get("/api/v1/cases/" + caseId + "/attachments/" + first, "changhong");
		assertThat(old.status()).isEqualTo(200);
		assertThat(old.header("Content-Type")).isEqualTo("image/png");
		assertThat(api.get("/api/v1/photos/case/" + caseId + "/" + (first + 1), "changhong").status()).isEqualTo(200);

		Api.Response uploaded = api.upload("/api/v1/cases/" + caseId + "/attachments", "changhong", "new.png", "image/png", png);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.header("Location")).endsWith("/attachments/" + (first + 2));

		// the public channels count them, in a list as for one request
		String number = kase.get("trackingNumber").asString();
		assertThat(publicRequests.find(number).orElseThrow().photos()).isEqualTo(3);
		List<PublicCase> listed = publicRequests.search(new PublicRequests.Query(List.of(number), null, null, null, null, 0,
				10, false));
		assertThat(listed).extracting(PublicCase::photos).containsExactly(3);
		assertThat(publicRequests.search(new PublicRequests.Query(List.of(number), null, null, null, null, 0, 10, true)))
			.extracting(PublicCase::photos).containsExactly(3);
	}
}
