package org.zhili.urban.internal.gridwork;

import org.zhili.process.Labelled;

/** What kind of place (场所) the ledger records: rented rooms, shops and the 九小场所. */
public enum PlaceKind implements Labelled {

	RENTED_ROOM("出租屋"), SHOP("商铺"), SMALL_RESTAURANT("小餐饮"), SMALL_HOTEL("小旅馆"), SMALL_SHOP("小商店"),
	SMALL_WORKSHOP("小作坊"), SMALL_ENTERTAINMENT("小歌舞娱乐场所"), SMALL_SCHOOL("小学校（幼儿园、培训机构）"),
	SMALL_CLINIC("小医院（诊所）"), SMALL_HAIRDRESSER("小美容洗浴场所"), SMALL_NET_BAR("小网吧");

	private final String label;

	PlaceKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Whether it is one of the 九小场所 (small public places of the fire-safety campaigns). */
	public boolean nineSmall() {
		return this != RENTED_ROOM && this != SHOP;
	}
}
