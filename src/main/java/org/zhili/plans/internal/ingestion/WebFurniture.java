package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans a document as received: a web copy's site menus, breadcrumbs, share and print links, 上一篇/下一篇 and
 * footers (版权所有, ICP备案), a PDF's page numbers; and lines broken in the middle of a sentence joined back. What
 * is left is the text the reviewer sees and the items point into.
 */
final class WebFurniture {

	/** A line that belongs to the page, not the document. */
	private static final Pattern FURNITURE = Pattern.compile("上一篇|下一篇|上一条|下一条|版权所有|Copyright|©|ICP备|公网安备"
			+ "|网站地图|联系我们|技术支持[:：]|主办单位[:：]|承办单位[:：]|当前位置|您的位置|您现在的位置|打印本页|关闭窗口|【打印】|【关闭】"
			+ "|分享到|扫一扫|返回顶部|字号[:：]|【大\\s*中\\s*小】|浏览次数|阅读次数|访问量[:：]|责任编辑[:：]|网站标识码|首页\\s*[>＞›»]");
	/** A PDF page's number: "- 12 -", "第 3 页", "3 / 200". */
	private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-—–]\\s*\\d{1,4}\\s*[-—–]|第\\s*\\d{1,4}\\s*页(?:\\s*共\\s*\\d{1,4}\\s*页)?"
			+ "|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,4})$");
	/** Ends a sentence or a clause the next line cannot continue. */
	private static final Pattern CLOSED = Pattern.compile("[。！？!?；;：:”」』）)…]$");
	/** Ends in the middle of a sentence for sure. */
	private static final Pattern OPEN = Pattern.compile("[，,、（(《“]$");
	private static final Pattern MARKER = Pattern.compile("^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,3}[、．.]"
			+ "|[一二三四五六七八九十]+(?:要|是)|第[一二三四五六七八九十]+[，,、]|附[件:：]|名词解释)");

	private WebFurniture() {
	}

	static String clean(String source) {
		List<String> lines = new ArrayList<>();
		for (String raw : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = strip(raw);
			if (!line.isEmpty() && (FURNITURE.matcher(line).find() || isMenu(line) || PAGE_NUMBER.matcher(line).matches())) {
				continue;
			}
			lines.add(line);
		}
		int wrap = wrapWidth(lines);
		StringBuilder out = new StringBuilder(source.length());
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			out.append(line);
			if (line.isEmpty()) {
				out.append('\n');
				continue;
			}
			String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
			boolean join = !next.isEmpty() && line.indexOf('\t') < 0 && next.indexOf('\t') < 0 && !MARKER.matcher(next).find() && !CLOSED.matcher(line).find()
					&& (OPEN.matcher(line).find() || wrap > 0 && line.length() >= wrap - 2);
			if (!join) {
				out.append('\n');
			}
		}
		return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
	}

	/**
	 * The width a copy was hard-wrapped at, or 0 when it was not: at least a third of the long lines share one
	 * length (±1), as text copied from a PDF or a fixed-width page does. A document whose paragraphs are whole lines
	 * (the usual web copy) has no such width, and its unpunctuated headings are never joined to their paragraph.
	 */
	static int wrapWidth(List<String> lines) {
		Map<Integer, Integer> counts = new HashMap<>();
		int longLines = 0;
		for (String l : lines) {
			if (l.length() >= 20) {
				longLines++;
				counts.merge(l.length(), 1, Integer::sum);
			}
		}
		int best = 0;
		int bestCount = 0;
		for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
			int around = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
			if (around > bestCount || around == bestCount && e.getKey() > best) {
				best = e.getKey();
				bestCount = around;
			}
		}
		return longLines >= 6 && bestCount * 3 >= longLines ? best : 0;
	}

	/** A site menu: four or more short words side by side and nothing that reads as a sentence. */
	static boolean isMenu(String line) {
		if (line.length() > 60 || line.matches(".*[。，,；;！？：:\\d].*")) {
			return false;
		}
		String[] words = line.split("[\\s|｜/·]+");
		if (words.length < 4) {
			return false;
		}
		for (String w : words) {
			if (w.length() > 6) {
				return false;
			}
		}
		return true;
	}

	private static String strip(String s) {
		int a = 0;
		int b = s.length();
		while (a < b && blank(s.charAt(a))) {
			a++;
		}
		while (b > a && blank(s.charAt(b - 1))) {
			b--;
		}
		return s.substring(a, b);
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
	}
}
