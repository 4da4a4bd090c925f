package org.zhili.open311.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Open311 client as the specification describes one: resources by suffix, forms posted URL-encoded, and
 * every answer parsed — XML must be well-formed UTF-8 with its declaration, JSON must be JSON.
 */
final class Open311Client {

	/** An answer in either format. */
	record Answer(int status, String contentType, String body, JsonNode json, Document xml) {

		/** The texts of all elements of this name, in document order. */
		List<String> texts(String element) {
			List<String> texts = new ArrayList<>();
			var nodes = xml.getElementsByTagName(element);
			for (int i = 0; i < nodes.getLength(); i++) {
				texts.add(nodes.item(i).getTextContent());
			}
			return texts;
		}

		String text(String element) {
			List<String> all = texts(element);
			return all.isEmpty() ? null : all.get(0);
		}

		Element root() {
			return xml.getDocumentElement();
		}

		/** The child elements' names of the first element of this name. */
		List<String> children(String element) {
			List<String> names = new ArrayList<>();
			Node parent = xml.getElementsByTagName(element).item(0);
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n.getNodeType() == Node.ELEMENT_NODE) {
					names.add(n.getNodeName());
				}
			}
			return names;
		}
	}

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	Open311Client(String base) {
		this.base = base + "/open311/v2";
	}

	Answer get(String resource) {
		return send(HttpRequest.newBuilder(URI.create(base + resource)).GET().build());
	}

	Answer post(String resource, List<Map.Entry<String, String>> form) {
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> e : form) {
			body.append(body.isEmpty() ? "" : "&").append(enc(e.getKey())).append('=').append(enc(e.getValue()));
		}
		return send(HttpRequest.newBuilder(URI.create(base + resource))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	Answer send(String method, String resource, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + resource))
			.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static Answer send(HttpRequest request) {
		try {
			HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String type = r.headers().firstValue("Content-Type").orElse("");
			JsonNode json = null;
			Document xml = null;
			if (type.startsWith("application/json")) {
				json = JSON.readTree(r.body());
			}
			else {
				assertThat(type).as(request.uri() + " " + r.body()).startsWith("text/xml");
				assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
				xml = DocumentBuilderFactory.newInstance()
					.newDocumentBuilder()
					.parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
			}
			assertThat(type).as("UTF-8 everywhere").containsIgnoringCase("charset=UTF-8");
			return new Answer(r.statusCode(), type, r.body(), json, xml);
		}
		catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			throw new IllegalStateException(request.uri() + ": " + e, e);
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
