package org.zhili.process.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Photos;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhili.support.TestImages.claimingSize;
import static org.zhili.support.TestImages.png;

/** The kit's photos: only JPEG and PNG, kept re-encoded, within the configured limits, served through the loop's access. */
@ZhiliIntegrationTest
class PhotosIT {

	static final String LOOP = "photos-test";
	static final String CHANGHONG = "120104001000";
	private static final AtomicLong ITEMS = new AtomicLong(System.nanoTime());

	@Autowired
	Photos photos;

	@Autowired
	PhotosProperties limits;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Api api;

	@Test
	void aPngIsKeptReEncodedWithoutWhatElseTheFileCarried() throws IOException {
		long item = ITEMS.incrementAndGet();
		byte[] upload = withTextChunkAndTrailer(png(40, 30), "GPS 39.1,117.2 SECRET-CAMERA");
		Photos.Photo photo = in(() -> photos.store(LOOP, item, 7L, "现场 照片.PNG", upload, "changhong", Instant.now()));

		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.fileName()).isEqualTo("现场_照片.png");
		assertThat(photo.step()).isEqualTo(7L);
		byte[] kept = photos.content(LOOP, item, photo.id()).orElseThrow().bytes();
		assertThat(kept.length).isEqualTo(photo.sizeBytes());
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("SECRET-CAMERA");
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET-CAMERA").doesNotContain("tEXt");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xff0000);

		assertThat(photos.of(LOOP, item)).extracting(Photos.Photo::id).containsExactly(photo.id());
		assertThat(photos.content(LOOP, item + 1, photo.id())).as("another item's photo").isEmpty();
		assertThat(photos.counts(LOOP, List.of(item, item + 1))).isEqualTo(Map.of(item, 1));
	}

	@Test
	void whatIsNotAUsablePhotoIsRefusedNamingWhy() throws IOException {
		long item = ITEMS.incrementAndGet();
		assertThat(refused(item, "notes.jpg", "这是一段文字，不是照片".getBytes(StandardCharsets.UTF_8))).isEqualTo("unsupported_file");
		byte[] brokenJpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3, 4, 5 };
		assertThat(refused(item, "broken.jpg", brokenJpeg)).isEqualTo("unsupported_file");
		assertThat(refused(item, "empty.png", new byte[0])).isEqualTo("empty_file");
		byte[] tooLarge = Arrays.copyOf(png(10, 10), limits.maxBytes() + 1);
		assertThat(refused(item, "big.png", tooLarge)).isEqualTo("file_too_large");
		assertThat(photos.of(LOOP, item)).isEmpty();
	}

	@Test
	void anImageBeyondTheLimitsIsRefusedBeforeItIsDecodedAndALargePhotoIsKeptSmaller() throws IOException {
		long item = ITEMS.incrementAndGet();
		// a few hundred bytes claiming 60000 × 60000 pixels: decoded, 14 GB
		byte[] bomb = claimingSize(png(8, 8), 60_000, 60_000);
		ApiProblem problem = catchThrowableOfType(ApiProblem.class,
				() -> in(() -> photos.store(LOOP, item, null, "bomb.png", bomb, "changhong", Instant.now())));
		assertThat(problem).isNotNull();
		assertThat(problem.code()).isEqualTo("unsupported_file");
		assertThat(problem.getMessage()).contains("尺寸过大", "60000×60000");

		byte[] wide = png(limits.keptSide() * 2 + 10, 40);
		Photos.Photo photo = in(() -> photos.store(LOOP, item, null, "panorama.png", wide, "changhong", Instant.now()));
		BufferedImage kept = ImageIO.read(new ByteArrayInputStream(photos.content(LOOP, item, photo.id()).orElseThrow().bytes()));
		assertThat(kept.getWidth()).isLessThanOrEqualTo(limits.keptSide()).isGreaterThan(limits.keptSide() / 2);
		assertThat(photos.of(LOOP, item)).extracting(Photos.Photo::id).containsExactly(photo.id());
	}

	@Test
	void anItemTakesAtMostTheConfiguredNumberOfPhotos() throws IOException {
		long item = ITEMS.incrementAndGet();
		byte[] png = png(8, 8);
		for (int i = 0; i < limits.maxPerItem(); i++) {
			in(() -> photos.store(LOOP, item, null, "p.png", png, "changhong", Instant.now()));
		}
		assertThat(refused(item, "one-more.png", png)).isEqualTo("too_many_files");
		assertThat(photos.of(LOOP, item)).hasSize(limits.maxPerItem());
		// the limit is each item's: another item still takes photos
		assertThat(in(() -> photos.store(LOOP, item + 1_000_000, null, "p.png", png, "changhong", Instant.now())).id())
			.isPositive();
	}

	@Test
	void aPhotoIsServedOnlyToWhomTheLoopLetsSeeTheItem() throws IOException {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		long caseId = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "井盖缺失" + UUID.randomUUID(), "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "王五", "phone", "13700002222"))).get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		byte[] png = png(12, 12);
		long photo = in(() -> photos.store("case", caseId, null, "p.png", png, "changhong", Instant.now())).id();

		Api.Response seen = api.get("/api/v1/photos/case/" + caseId + "/" + photo, "changhong");
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.header("Content-Type")).isEqualTo("image/png");
		assertThat(seen.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(api.get("/api/v1/photos/case/" + caseId + "/" + photo, "gulou").status()).as("another street").isEqualTo(404);
		assertThat(api.get("/api/v1/photos/case/" + (caseId + 1_000_000) + "/" + photo, "changhong").status())
			.as("the photo under another item").isEqualTo(404);

		long item = ITEMS.incrementAndGet();
		long unguarded = in(() -> photos.store(LOOP, item, null, "p.png", png, "changhong", Instant.now())).id();
		Api.Response noAccess = api.get("/api/v1/photos/" + LOOP + "/" + item + "/" + unguarded, "operator");
		assertThat(noAccess.status()).as("a loop that declares no access").isEqualTo(404);
		assertThat(noAccess.body()).contains("photo_not_found");
	}

	private String refused(long item, String name, byte[] upload) {
		ApiProblem problem = catchThrowableOfType(ApiProblem.class,
				() -> in(() -> photos.store(LOOP, item, null, name, upload, "changhong", Instant.now())));
		assertThat(problem).as(name + " must be refused").isNotNull();
		assertThat(problem.status().value()).isEqualTo(400);
		return problem.code();
	}

	private <T> T in(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}

	/** The PNG with a tEXt chunk before its end (as cameras and editors write) and bytes appended after it. */
	static byte[] withTextChunkAndTrailer(byte[] png, String text) {
		int iend = png.length - 12;
		byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		byte[] trailer = ("TRAILER " + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, iend);
		out.writeBytes(chunk.array());
		out.write(png, iend, 12);
		out.writeBytes(trailer);
		return out.toByteArray();
	}
}
