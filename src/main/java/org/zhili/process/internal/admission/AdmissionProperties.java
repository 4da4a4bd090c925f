package org.zhili.process.internal.admission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param office the unit that keeps the 社区准入清单 and is told of work waiting for its approval (民政局) */
@ConfigurationProperties("zhili.process.community-admission")
record AdmissionProperties(String office) {
}
