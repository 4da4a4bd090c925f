package org.zhili.inspection.internal.subjects;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** The library page's links keep the search and leave out what was not asked for. */
class SubjectSearchTest {

	@Test
	void aLinkKeepsTheSearchWithAnotherClassOrPage() {
		SubjectSearch search = new SubjectSearch(" 面馆 ", "", "餐饮", CreditClass.B, Kind.INDIVIDUAL, null, 3, 50);

		assertThat(search.query(CreditClass.D, 0)).isEqualTo("q=%E9%9D%A2%E9%A6%86&industry=%E9%A4%90%E9%A5%AE&creditClass=D&kind=INDIVIDUAL");
		assertThat(search.query(4)).endsWith("&creditClass=B&kind=INDIVIDUAL&page=4");
		assertThat(new SubjectSearch(null, null, null, null, null, null, 0, 50).query(null, 0)).isEmpty();
	}

	@Test
	void pagesAreNeverNegativeNorLargerThanFiveHundred() {
		SubjectSearch search = new SubjectSearch(null, null, null, null, null, null, -2, 10_000);

		assertThat(search.page()).isZero();
		assertThat(search.size()).isEqualTo(500);
		assertThat(search.offset()).isZero();
	}
}
