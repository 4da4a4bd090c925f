package org.zhili.plans.internal.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebFurnitureTest {

	@Test
	void menusFootersAndNeighbourLinksAreLeftOutAndWrappedLinesJoined() {
		String cleaned = WebFurniture.clean(IngestionFixtures.text("/ingestion/web-copy-furniture.txt"));

		assertThat(cleaned).doesNotContain("政务公开", "当前位置", "浏览次数", "【打印】", "上一篇", "下一篇", "版权所有", "ICP备", "分享到");
		assertThat(cleaned).startsWith("南开区召开2026年城市管理工作会议\n");
		// Lines broken at 38 characters are one paragraph again, split only where a paragraph ended.
		assertThat(cleaned).contains("部署今年重点任务。会议指出", "要加强违法建设治理，年内拆除违法建设5万平方米。\n");
		assertThat(cleaned.lines().filter(l -> !l.isBlank()).count()).isEqualTo(4);
	}

	@Test
	void documentsWhoseParagraphsAreWholeLinesKeepTheirUnpunctuatedHeadings() {
		String text = """
				聚力科技创新
				加快建设天开高教科创园南开核心区。年内新增入园科技型企业300家，新建概念验证中心2个，技术合同成交额达到120亿元。
				提升城市品质，建设美丽南开
				推进城市更新行动。完成老旧小区改造45个。
				""";

		assertThat(WebFurniture.clean(text)).isEqualTo(text);
	}

	@Test
	void aLineEndingOnACommaGoesOnInTheNext() {
		assertThat(WebFurniture.clean("年内新建社区食堂11个，\n新增公共充电桩1200个。\n")).isEqualTo("年内新建社区食堂11个，新增公共充电桩1200个。\n");
	}

	@Test
	void pageNumbersOfAPrintedDocumentAreDropped() {
		assertThat(WebFurniture.clean("第一页的文字。\n- 3 -\n第 4 页 共 200 页\n下一页的文字。\n")).isEqualTo("第一页的文字。\n下一页的文字。\n");
	}

	@Test
	void aSiteMenuIsShortWordsSideBySide() {
		assertThat(WebFurniture.isMenu("首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心")).isTrue();
		assertThat(WebFurniture.isMenu("省长 李炳军")).isFalse();
		assertThat(WebFurniture.isMenu("坚持精细管理，全面提升市容环境品质")).isFalse();
	}
}
