package org.zhili.demo;

import java.util.random.RandomGenerator;

/** Fake but plausible requesters: common Chinese surnames and given names, mobile numbers of real prefixes. */
public final class People {

	/** The most common surnames, most common first (weights fall with the rank). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰桂芳志强淑珍海燕红梅晓东文博子涵浩然欣怡梓萱宇轩雨桐思远佳怡俊杰婷婷立新春生凤英德明永红丽华金凤建华晓红卫东玉梅";
	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
			"151", "152", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "185", "186", "187", "188",
			"189", "198", "199" };

	private People() {
	}

	public static String name(RandomGenerator random) {
		// Rank-weighted surname: the square of a uniform number favours the first ones.
		double u = random.nextDouble();
		char surname = SURNAMES.charAt((int) (u * u * SURNAMES.length()));
		StringBuilder name = new StringBuilder().append(surname).append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextInt(100) < 70) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/** A mobile number; one in ten callers uses a Tianjin landline (022-2xxxxxxx). */
	public static String phone(RandomGenerator random) {
		if (random.nextInt(10) == 0) {
			return "022-2" + "%07d".formatted(random.nextInt(10_000_000));
		}
		return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + "%08d".formatted(random.nextInt(100_000_000));
	}
}
