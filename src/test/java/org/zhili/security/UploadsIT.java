package org.zhili.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.support.TestImages.claimingSize;
import static org.zhili.support.TestImages.png;

/**
 * Uploads as an attacker sends them: a file is judged by its content, not its name or declared type; a name is
 * only ever a label (never a path), served back in a header it cannot break out of; a file that would unpack or
 * decode to more than the heap holds is refused before it is; too large a request is refused whole. Nothing of a
 * refused upload is kept.
 */
@ZhiliIntegrationTest
class UploadsIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Test
	void aPhotosNameIsALabelServedBackInAHeaderItCannotBreakAndItsContentIsWhatDecides() {
		long caseId = dispatchedCase();
		String path = "/api/v1/cases/" + caseId + "/attachments";
		String name = "../../etc/现场\"照片\r\nX-Injected: 1<script>.png";
		Api.Response uploaded = api.upload(path, "changhong", name, "image/png", png(16, 12));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

		JsonNode attachment = attachments(caseId).get(0);
		String kept = attachment.get("fileName").asString();
		assertThat(kept).endsWith(".png").contains("现场").doesNotContain("/", "\\", "\"", "\r", "\n", "<", ">");
		Api.Response served = api.get(uploaded.header("Location").replaceFirst("^https?://[^/]+", ""), "changhong");
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.header("Content-Type")).isEqualTo("image/png");
		assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.header("X-Injected")).isNull();
		// RFC 6266: the Chinese name as filename*, percent-encoded
		assertThat(served.header("Content-Disposition")).startsWith("inline; filename=")
			.contains("filename*=UTF-8''")
			.contains("%E7%8E%B0%E5%9C%BA");

		// a page of HTML named and declared as a photo is not one
		byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
		Api.Response disguised = api.upload(path, "changhong", "photo.jpg", "image/jpeg", html);
		assertThat(disguised.status()).isEqualTo(400);
		assertThat(disguised.body()).contains("unsupported_file", "JPEG 或 PNG");
		assertThat(attachments(caseId)).hasSize(1);
	}

	@Test
	void anImageOrZipThatWouldFillTheHeapIsRefusedBeforeItIsDecodedOrUnpacked() throws IOException {
		long caseId = dispatchedCase();
		// 70 bytes claiming 60000 × 60000 pixels
		Api.Response bomb = api.upload("/api/v1/cases/" + caseId + "/attachments", "changhong", "bomb.png", "image/png",
				claimingSize(png(8, 8), 60_000, 60_000));
		assertThat(bomb.status()).isEqualTo(400);
		assertThat(bomb.body()).contains("照片尺寸过大", "60000×60000");
		assertThat(attachments(caseId)).isEmpty();

		// a shapefile whose attribute table unpacks from about 1 MB to 1 GB
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("部件.shp"));
			out.write(new byte[100]);
			out.putNextEntry(new ZipEntry("部件.dbf"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				out.write(zeros);
			}
		}
		Api.Response unpacked = api.upload("/api/v1/urban/components/import", "zhibanzhang", "部件.zip",
				"application/zip", zip.toByteArray());
		assertThat(unpacked.status()).as(unpacked.body()).isEqualTo(400);
		assertThat(unpacked.body()).contains("压缩包解压后超过");
		assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
	}

	@Test
	void aRequestAboveTheUploadLimitIsRefusedWholeWith413() {
		long caseId = dispatchedCase();
		byte[] huge = new byte[61 * 1024 * 1024];
		byte[] png = png(8, 8);
		System.arraycopy(png, 0, huge, 0, png.length);
		Api.Response tooLarge = api.upload("/api/v1/cases/" + caseId + "/attachments", "changhong", "huge.png",
				"image/png", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
		assertThat(tooLarge.body()).contains("payload_too_large", "上传内容超过大小限制");
		assertThat(attachments(caseId)).isEmpty();
	}

	private long dispatchedCase() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		long id = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "上传测试：路灯不亮 " + UUID.randomUUID(), "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "王五", "phone", "13700002222"))).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		return id;
	}

	private JsonNode attachments(long caseId) {
		return api.get("/api/v1/cases/" + caseId, "changhong").json().get("attachments");
	}
}
