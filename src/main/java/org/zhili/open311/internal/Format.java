package org.zhili.open311.internal;

import java.util.Locale;

import org.springframework.http.MediaType;

/** The answer's format, chosen by the resource's suffix ({@code services.xml}, {@code services.json}). */
enum Format {

	XML(MediaType.parseMediaType("text/xml;charset=UTF-8")), JSON(MediaType.parseMediaType("application/json;charset=UTF-8"));

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	/** The format of a suffix; an unknown one answers in XML, the format every client must read. */
	static Format of(String suffix) {
		return "json".equals(suffix == null ? null : suffix.toLowerCase(Locale.ROOT)) ? JSON : XML;
	}

	static boolean known(String suffix) {
		return suffix != null && ("xml".equalsIgnoreCase(suffix) || "json".equalsIgnoreCase(suffix));
	}
}
