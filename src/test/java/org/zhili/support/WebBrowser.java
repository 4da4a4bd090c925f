package org.zhili.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen, for tests of sign-in and sessions over plain HTTP: it keeps its cookies, asks for
 * pages ({@code Accept: text/html}), posts forms with the CSRF token of the page they are on, and follows no redirect
 * unless told to. Headers a proxy would add ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) go on every request.
 */
public final class WebBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;
	private final List<String> headers;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;

	private WebBrowser(String base, List<String> headers, boolean followRedirects) {
		this.base = base;
		this.headers = headers;
		this.client = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build();
	}

	/** A browser on {@code base} ({@link Api#base()}), with these header names and values on every request. */
	public static WebBrowser at(String base, String... headers) {
		return new WebBrowser(base, List.of(headers), false);
	}

	/** The same, following redirects as a person's browser does. */
	public static WebBrowser following(String base, String... headers) {
		return new WebBrowser(base, List.of(headers), true);
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).build());
	}

	/** Signs in on the login page; the answer to the form (a redirect, or the page shown after it when following). */
	public HttpResponse<String> signIn(String username, String password) {
		return postForm("/login", "username=" + enc(username) + "&password=" + enc(password), "/login");
	}

	public HttpResponse<String> signOut() {
		return postForm("/logout", "", "/");
	}

	/** Posts {@code form} (url-encoded) to {@code path} with the CSRF token of {@code page}, as the page's form would. */
	public HttpResponse<String> postForm(String path, String form, String page) {
		Matcher csrf = CSRF.matcher(get(page).body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on " + page);
		}
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf.group(1));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** The session cookie, once there is one. */
	public Optional<HttpCookie> sessionCookie() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("JSESSIONID") || c.getName().equals("SESSION")).findFirst();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
		for (int i = 0; i + 1 < headers.size(); i += 2) {
			b.header(headers.get(i), headers.get(i + 1));
		}
		return b;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
