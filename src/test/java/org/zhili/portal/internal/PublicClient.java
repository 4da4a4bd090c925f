package org.zhili.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's browser without the browser: one cookie jar (session and CSRF token), one network address
 * (sent as X-Forwarded-For from the local proxy address, as a reverse proxy would), forms posted as a
 * browser posts them.
 */
final class PublicClient {

	/** A page as answered. */
	record Page(int status, String body) {

		String find(String regex) {
			Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
			return m.find() ? m.group(1) : null;
		}
	}

	/** A file to upload. */
	record Upload(String name, String contentType, byte[] bytes) {
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;
	private final String address;
	private final HttpClient http;
	private String csrf;

	PublicClient(String base, String address) {
		this.base = base;
		this.address = address;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	/** A client from an address no other test uses. */
	static PublicClient fresh(String base) {
		int n = Math.abs(UUID.randomUUID().hashCode());
		return new PublicClient(base, "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
	}

	String address() {
		return address;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	Page post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", csrf);
		StringBuilder body = new StringBuilder();
		all.forEach((k, v) -> {
			if (v != null) {
				body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v));
			}
		});
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	Page postMultipart(String path, Map<String, String> fields, List<Upload> files) {
		String boundary = "----zhili" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", csrf);
		all.forEach((k, v) -> {
			if (v != null) {
				write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n");
			}
		});
		for (Upload f : files) {
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"" + f.name()
					+ "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n");
			out.writeBytes(f.bytes());
			write(out, "\r\n");
		}
		write(out, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> r = http.send(request.header("X-Forwarded-For", address).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher m = CSRF.matcher(r.body());
			if (m.find()) {
				csrf = m.group(1);
			}
			else {
				Matcher meta = META_CSRF.matcher(r.body());
				if (meta.find()) {
					csrf = meta.group(1);
				}
			}
			return new Page(r.statusCode(), r.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void write(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
