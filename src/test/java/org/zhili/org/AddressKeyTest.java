package org.zhili.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeyTest {

	@Test
	void differentSpellingsOfOneBuildingShareAKey() {
		String key = AddressKey.of("天津市南开区长虹街道鞍山西道 123号 3号楼2门501");
		assertThat(key).isEqualTo("鞍山西道123号3号楼");
		assertThat(AddressKey.of("鞍山西道１２３号３号楼５０１室")).isEqualTo(key);
		assertThat(AddressKey.of("南开区鞍山西道123号3号楼")).isEqualTo(key);
	}

	@Test
	void neighbouringBuildingsDiffer() {
		assertThat(AddressKey.of("鞍山西道123号4号楼")).isNotEqualTo(AddressKey.of("鞍山西道123号3号楼"));
		assertThat(AddressKey.of("鞍山西道125号")).isEqualTo("鞍山西道125号");
	}

	@Test
	void anAddressWithoutNumberKeepsItsText() {
		assertThat(AddressKey.of("水上公园东门")).isEqualTo("水上公园东门");
		assertThat(AddressKey.of("  ")).isNull();
		assertThat(AddressKey.of(null)).isNull();
	}
}
