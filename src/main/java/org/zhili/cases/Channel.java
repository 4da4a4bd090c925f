package org.zhili.cases;

/** How a case reached the district. */
public enum Channel {

	HOTLINE("热线电话"), WEB("网上诉求"), GRID_PATROL("网格巡查"), CITY_12345("市12345转办"), API("系统对接"),
	PROACTIVE("主动治理");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
