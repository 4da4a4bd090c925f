package org.zhili.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images to upload: a real PNG, and one whose header lies about its size. */
public final class TestImages {

	private TestImages() {
	}

	/** A black PNG with one red pixel at (5, 5), where the image is that large. */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		if (width > 5 && height > 5) {
			image.setRGB(5, 5, 0xff0000);
		}
		return encoded(image);
	}

	/** A PNG of one colour ({@code 0xRRGGBB}): photos of different colours are different files. */
	public static byte[] filled(int width, int height, int rgb) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, rgb);
			}
		}
		return encoded(image);
	}

	private static byte[] encoded(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The PNG with its header (IHDR) claiming another size, its checksum made right: what an image bomb is. */
	public static byte[] claimingSize(byte[] png, int width, int height) {
		byte[] forged = png.clone();
		ByteBuffer header = ByteBuffer.wrap(forged);
		header.putInt(16, width).putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(forged, 12, 17);
		header.putInt(29, (int) crc.getValue());
		return forged;
	}
}
