package org.zhili.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel exports as a person reads them: downloaded as an account, each sheet's cells as shown. */
public final class Workbooks {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Workbooks() {
	}

	/** GET {@code path} as {@code who}, the body as bytes. */
	public static HttpResponse<byte[]> download(Api api, String path, String who) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
			.header("Authorization", "Bearer " + api.token(who))
			.GET()
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The sheet's rows, each cell formatted as Excel shows it. */
	public static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet(sheetName);
			DataFormatter format = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : format.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
	}
}
