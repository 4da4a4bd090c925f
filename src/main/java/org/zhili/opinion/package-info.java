/**
 * 舆情: public-opinion signals (a post, an article, a video) triaged, verified and closed or turned into a 12345 case
 * or a petition, with the reply published back where appropriate, and grouped with the 12345 hot spots on the same
 * topic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opinion",
		allowedDependencies = { "calendar", "cases", "identity", "org", "petitions", "platform", "process", "routing" })
package org.zhili.opinion;
