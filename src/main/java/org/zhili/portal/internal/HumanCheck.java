package org.zhili.portal.internal;

import java.security.SecureRandom;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * A question a person answers at a glance and a script does not without being written for it: the sum of two
 * numbers written in Chinese (七加五等于几？). Generated on the server, the answer kept in the session and good
 * for one try. No outside service is involved.
 */
@Component
class HumanCheck {

	static final String ANSWER = "portal.humanCheck.answer";
	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
	private final SecureRandom random = new SecureRandom();

	/** A new question; its answer replaces any earlier one. */
	String ask(HttpSession session) {
		int a = 1 + random.nextInt(9);
		int b = 1 + random.nextInt(9);
		session.setAttribute(ANSWER, a + b);
		return DIGITS[a] + "加" + DIGITS[b] + "等于几？（请填阿拉伯数字）";
	}

	/** Whether {@code answer} answers the question last asked; either way the question is used up. */
	boolean passes(HttpSession session, String answer) {
		Object expected = session.getAttribute(ANSWER);
		session.removeAttribute(ANSWER);
		return expected != null && answer != null && answer.strip().equals(String.valueOf(expected));
	}
}
