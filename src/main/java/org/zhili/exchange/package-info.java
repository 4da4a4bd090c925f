/**
 * 数据共享交换: the domain events of every loop, as versioned messages without personal data, for the district's
 * data-sharing exchange (区级信息资源共享交换平台). Each event becomes a row of the module's outbox in the transaction
 * that published it; a relay sends the rows to Kafka when {@code zhili.events.kafka.bootstrap-servers} is set, and
 * otherwise they wait, shown on the administrator's page. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange", allowedDependencies = { "cases", "petitions",
		"disputes", "identity", "platform", "process" })
package org.zhili.exchange;
