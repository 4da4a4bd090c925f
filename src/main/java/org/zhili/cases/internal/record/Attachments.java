package org.zhili.cases.internal.record;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseView;
import org.zhili.platform.ApiProblem;

/**
 * Photos of cases. Only JPEG and PNG are accepted; each is decoded and encoded again before it is kept,
 * which drops whatever else the file carried (location and camera metadata, appended data).
 */
@Repository
public class Attachments {

	/** The cases loop, as the process kit knows it (its clocks, inbox and photos). */
	public static final String LOOP = "case";

	/** A stored photo's bytes. */
	public record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;
	private final CasesProperties properties;

	Attachments(JdbcClient jdbc, CasesProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public long store(long caseId, Long eventId, String fileName, byte[] upload, String uploadedBy, Instant at) {
		if (upload.length == 0) {
			throw ApiProblem.badInput("file", "empty_file", "上传的文件是空的");
		}
		if (upload.length > properties.attachments().maxBytes()) {
			throw ApiProblem.badInput("file", "file_too_large",
					"照片不能超过 " + properties.attachments().maxBytes() / 1024 / 1024 + " MB");
		}
		if (count(caseId) >= properties.attachments().maxPerCase()) {
			throw ApiProblem.badInput("file", "too_many_files", "每张工单最多 " + properties.attachments().maxPerCase() + " 张照片");
		}
		String format = format(upload);
		byte[] clean = reencode(upload, format);
		String name = safeName(fileName, format);
		return jdbc.sql("""
				insert into cases.attachment (case_id, event_id, file_name, content_type, size_bytes, sha256, content,
				  uploaded_by, uploaded_at)
				values (:case, :event, :name, :type, :size, :sha, :content, :by, :at) returning id""")
			.param("case", caseId)
			.param("event", eventId)
			.param("name", name)
			.param("type", "jpeg".equals(format) ? "image/jpeg" : "image/png")
			.param("size", clean.length)
			.param("sha", sha256(clean))
			.param("content", clean)
			.param("by", uploadedBy)
			.param("at", CaseRepository.timestamp(at))
			.query(Long.class)
			.single();
	}

	public List<CaseView.Attachment> of(long caseId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from cases.attachment
				where case_id = :case order by id""")
			.param("case", caseId)
			.query((rs, n) -> new CaseView.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), CaseRepository.instant(rs, 6)))
			.list();
	}

	public Optional<Content> content(long caseId, long id) {
		return jdbc.sql("select file_name, content_type, content from cases.attachment where case_id = :case and id = :id")
			.param("case", caseId)
			.param("id", id)
			.query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** How many photos a case has. */
	public int count(long caseId) {
		return jdbc.sql("select count(*) from cases.attachment where case_id = :case").param("case", caseId)
			.query(Integer.class)
			.single();
	}

	/** The format by the file's first bytes, whatever its name or declared type says. */
	private static String format(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "png";
		}
		throw ApiProblem.badInput("file", "not_an_image", "只接受 JPEG 或 PNG 格式的照片");
	}

	private static byte[] reencode(byte[] upload, String format) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
			if (image == null || image.getWidth() > 10_000 || image.getHeight() > 10_000) {
				throw ApiProblem.badInput("file", "unreadable_image", "照片无法读取或尺寸过大");
			}
			if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
				BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
				image = rgb;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ApiProblem problem) {
				throw problem;
			}
			throw ApiProblem.badInput("file", "unreadable_image", "照片无法读取：文件已损坏或不是图片");
		}
	}

	private static String safeName(String name, String format) {
		String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		base = base.length() > 60 ? base.substring(0, 60) : base;
		return (base.isBlank() ? "photo" : base.replaceAll("\\.[A-Za-z0-9]+$", "")) + ("jpeg".equals(format) ? ".jpg" : ".png");
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
