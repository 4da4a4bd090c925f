package org.zhili.inspection.internal.rectification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A photo as it came with a step (the kit's {@link org.zhili.process.Photos} checks and re-encodes it). */
public record PhotoUpload(String fileName, byte[] bytes) {

	/** The files of a form; a file input left empty sends none. */
	public static List<PhotoUpload> from(List<MultipartFile> files) {
		List<PhotoUpload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile f : files) {
			if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new PhotoUpload(f.getOriginalFilename(), f.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}
}
