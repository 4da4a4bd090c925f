package org.zhili.process.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.zhili.platform.ApiProblem;

/**
 * What is kept of an upload: a JPEG or PNG (told by its first bytes, whatever its name or declared type says),
 * decoded and encoded again, so nothing else the file carried (location and camera metadata, appended data)
 * survives.
 */
final class PhotoImages {

	/** A clean photo: its bytes, format and name. */
	record Clean(byte[] bytes, String contentType, String fileName, String sha256) {
	}

	private PhotoImages() {
	}

	/** @throws ApiProblem 400 {@code unsupported_file} for anything but a readable JPEG or PNG */
	static Clean clean(String fileName, byte[] upload, PhotosProperties limits) {
		String format = format(upload);
		byte[] bytes = reencode(upload, format, limits);
		return new Clean(bytes, "jpeg".equals(format) ? "image/jpeg" : "image/png", safeName(fileName, format),
				sha256(bytes));
	}

	private static String format(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "png";
		}
		throw unsupported("只接受 JPEG 或 PNG 格式的照片");
	}

	private static byte[] reencode(byte[] upload, String format, PhotosProperties limits) {
		BufferedImage image = decode(upload, limits);
		if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
			// JPEG has no transparency: lay the image on white rather than let the encoder fail
			BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D g = rgb.createGraphics();
			g.drawImage(image, 0, 0, Color.WHITE, null);
			g.dispose();
			image = rgb;
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw unsupported("照片无法读取：不支持的图片格式");
			}
			return out.toByteArray();
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ApiProblem problem) {
				throw problem;
			}
			throw unsupported("照片无法读取：文件已损坏或不是图片");
		}
	}

	/**
	 * Decodes the image within the limits: its claimed size is read from the header and checked first, and a photo
	 * larger than the kept side is decoded subsampled (every n-th pixel), never at full size.
	 */
	private static BufferedImage decode(byte[] upload, PhotosProperties limits) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw unsupported("照片无法读取：文件已损坏或不是图片");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > limits.maxPixels()) {
					throw unsupported("照片尺寸过大：" + width + "×" + height + "，最多 " + limits.maxPixels() / 10_000 + " 万像素");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (Math.max(width, height) + limits.keptSide() - 1) / limits.keptSide();
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ApiProblem problem) {
				throw problem;
			}
			throw unsupported("照片无法读取：文件已损坏或不是图片");
		}
	}

	/** The name people see: letters, digits, dots, dashes and underscores, ending in the kept format's suffix. */
	static String safeName(String name, String format) {
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

	private static ApiProblem unsupported(String message) {
		return ApiProblem.badInput("file", "unsupported_file", message);
	}
}
